package dev.airgap.maven.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;

/**
 * examples/basic with evidence (frameworks and organization reports) deployed to {@code
 * moto_server}: the evidence bucket stack set and the report plan stack deploy in order, and a
 * second deploy makes no mutating call.
 */
class EvidenceDeployAgainstMotoTest extends AgainstMoto {

  @TempDir Path dir;

  private Deployer deployer() {
    OperationPoller poller =
        new OperationPoller(
            clients.stackSets(),
            Clock.systemUTC(),
            Sleeper.system(),
            new OperationPoller.Settings(
                Duration.ofMillis(100), Duration.ofMillis(500), Duration.ofMinutes(2)));
    return new Deployer(
        clients.stackSets(),
        clients.organization(),
        poller,
        Sleeper.system(),
        new Deployer.Settings(Set.of(), 4, 3, 3, Duration.ofMillis(100)),
        e -> {});
  }

  @Test
  @DisplayName(
      "frameworks and reports deploy: evidence bucket stack set in the central account, report plans in the management account after it; a second deploy makes no mutating call")
  void evidenceDeploys() throws IOException {
    // Given
    MotoOrg org = MotoOrg.create(clients.organizations(), true);
    DeployInput input = compile(org);
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

  private DeployInput compile(MotoOrg org) throws IOException {
    String model =
        Files.readString(Path.of("..", "examples", "basic", "airgap.yaml"))
                .replace("o-a1b2c3d4e5", org.organizationId())
                .replace("111111111111", org.managementAccount())
                .replace("222222222222", org.centralAccount())
                .replace("ou-ab12-backup01", org.backupOu())
                .replace("ou-ab12-workload1", org.workloadsOu())
            + "\nevidence:\n  frameworks: true\n  reports:\n    fromAccount: management\n";
    var result =
        dev.airgap.maven.ModelCompiler.standard()
            .compile("airgap.yaml", model.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(result.findings().hasErrors()).as(result.findings().toString()).isFalse();
    Path out = Files.createTempDirectory(dir, "generated");
    for (var file : result.files()) {
      Path target = out.resolve(file.path());
      Files.createDirectories(target.getParent());
      Files.write(target, file.content());
    }
    return DeployInput.read(out);
  }
}
