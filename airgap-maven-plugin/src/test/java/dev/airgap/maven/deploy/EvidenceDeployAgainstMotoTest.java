package dev.airgap.maven.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;

/**
 * examples/basic with evidence (frameworks and organization reports) deployed to {@code
 * moto_server}: the evidence bucket stack set and the report plan stack deploy in order, and a
 * second deploy makes no mutating call.
 */
class EvidenceDeployAgainstMotoTest extends AgainstMoto {
  private static final java.util.function.UnaryOperator<String> WITH_EVIDENCE =
      m -> m + "\nevidence:\n  frameworks: true\n  reports:\n    fromAccount: management\n";

  @Test
  @DisplayName(
      "frameworks and reports deploy: evidence bucket stack set in the central account, report plans in the management account after it; a second deploy makes no mutating call")
  void evidenceDeploys() throws IOException {
    // Given
    MotoOrg org = MotoOrg.create(clients.organizations(), true);
    DeployInput input = compileBasic(org, WITH_EVIDENCE);
    var bucket = unit(input, "evidence-bucket");
    var reports = unit(input, "evidence-reports");
    assertThat(bucket.regions()).containsExactly("eu-west-1");
    assertThat(reports.targets().accounts()).containsExactly(org.managementAccount());
    assertThat(reports.dependsOn()).containsExactly("evidence-bucket");

    // When
    DeployReport first = deployer().deploy(input);

    // Then
    assertThat(first.isSuccess()).as(first.render()).isTrue();
    List<String> order = first.units().stream().map(DeployReport.UnitOutcome::unitId).toList();
    assertThat(order.indexOf("evidence-reports")).isGreaterThan(order.indexOf("evidence-bucket"));
    CloudFormationClient cfn = clients.cloudFormation(MotoOrg.REGION);
    assertThat(
            cfn
                .listStackInstances(r -> r.stackSetName(bucket.name()).callAs("SELF"))
                .summaries()
                .stream()
                .map(s -> s.account() + "/" + s.region())
                .distinct()
                .toList())
        .containsExactly(org.centralAccount() + "/eu-west-1");
    assertThat(cfn.getTemplate(r -> r.stackName(reports.name())).templateBody())
        .isEqualTo(input.template(reports));
    assertThat(
            cfn.describeStacks(r -> r.stackName(reports.name()))
                .stacks()
                .get(0)
                .stackStatusAsString())
        .isEqualTo("CREATE_COMPLETE");
    // moto has no CloudFormation model for AWS::Backup::ReportPlan: it accepts the four report
    // plans as complete stack resources without creating a report plan.
    assertThat(
            cfn
                .listStackResources(r -> r.stackName(reports.name()))
                .stackResourceSummaries()
                .stream()
                .map(r -> r.resourceType() + " " + r.resourceStatusAsString())
                .toList())
        .hasSize(4)
        .allMatch(s -> s.endsWith("CREATE_COMPLETE"));

    // When: the unchanged manifest again
    counter.clear();
    DeployReport second = deployer().deploy(input);

    // Then
    assertThat(second.isSuccess()).as(second.render()).isTrue();
    assertThat(second.plan().hasChanges()).isFalse();
    assertThat(counter.mutating()).as("mutating calls of a no-op deploy").isEmpty();
  }

  private static dev.airgap.generator.manifest.DeploymentUnit unit(DeployInput input, String id) {
    return input.manifest().units().stream()
        .filter(u -> u.id().equals(id))
        .findFirst()
        .orElseThrow();
  }
}
