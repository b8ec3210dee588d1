package dev.airgap.maven.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;

/**
 * The restore-testing stack set deploys against moto after the central vault and alerts, and a
 * second deploy makes no mutating call. moto 5 has no CloudFormation model of
 * AWS::Backup::RestoreTestingPlan or RestoreTestingSelection: it warns and keeps them as
 * placeholders without creating anything; it creates the restore role and the EventBridge rule.
 */
class RestoreTestingAgainstMotoTest extends AgainstMoto {
  private static final java.util.function.UnaryOperator<String> WITH_RESTORE_TESTS =
      m ->
          m.replace(
              "  alerts:\n",
              "  restoreTesting:\n    schedule: cron(0 3 ? * SUN *)\n    selections:\n"
                  + "      EBS: { validationWindowHours: 2 }\n  alerts:\n");

  @Test
  @DisplayName(
      "restore testing: its stack set deploys after the vault and the alert topic, and a second deploy makes no mutating call")
  void restoreTestingDeploys() throws IOException {
    // Given: examples/basic with weekly EBS restore tests
    MotoOrg org = MotoOrg.create(clients.organizations(), true);
    DeployInput input = compileBasic(org, WITH_RESTORE_TESTS);
    List<String> order = input.manifest().units().stream().map(u -> u.id()).toList();
    assertThat(order.indexOf("restore-testing"))
        .isGreaterThan(order.indexOf("central-vault"))
        .isGreaterThan(order.indexOf("central-alerts"));

    // When
    DeployReport first = deployer().deploy(input);

    // Then
    assertThat(first.isSuccess()).as(first.render()).isTrue();
    CloudFormationClient cfn = clients.cloudFormation(MotoOrg.REGION);
    var unit =
        input.manifest().units().stream()
            .filter(u -> u.id().equals("restore-testing"))
            .findFirst()
            .orElseThrow();
    assertThat(
            cfn.describeStackSet(r -> r.stackSetName("airgap-restore-testing").callAs("SELF"))
                .stackSet()
                .templateBody())
        .isEqualTo(input.template(unit));
    assertThat(
            cfn
                .listStackInstances(r -> r.stackSetName("airgap-restore-testing").callAs("SELF"))
                .summaries()
                .stream()
                .map(s -> s.account() + "/" + s.region())
                .distinct()
                .toList())
        .containsExactly(org.centralAccount() + "/eu-west-1");

    // When: the same files again
    counter.clear();
    DeployReport second = deployer().deploy(compileBasic(org, WITH_RESTORE_TESTS));

    // Then
    assertThat(second.isSuccess()).as(second.render()).isTrue();
    assertThat(counter.mutating()).as("mutating calls of a no-op deploy").isEmpty();
  }
}
