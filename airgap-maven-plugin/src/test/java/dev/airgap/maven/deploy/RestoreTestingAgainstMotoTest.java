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
 * The restore-testing stack set deploys against moto after the central vault and alerts, and a
 * second deploy makes no mutating call. moto 5 has no CloudFormation model of
 * AWS::Backup::RestoreTestingPlan or RestoreTestingSelection: it warns and keeps them as
 * placeholders without creating anything; it creates the restore role and the EventBridge rule.
 */
class RestoreTestingAgainstMotoTest extends AgainstMoto {

  @TempDir Path dir;

  @Test
  @DisplayName(
      "restore testing: its stack set deploys after the vault and the alert topic, and a second deploy makes no mutating call")
  void restoreTestingDeploys() throws IOException {
    // Given: examples/basic with weekly EBS restore tests
    MotoOrg org = MotoOrg.create(clients.organizations(), true);
    DeployInput input = compile(org);
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
    DeployReport second = deployer().deploy(compile(org));

    // Then
    assertThat(second.isSuccess()).as(second.render()).isTrue();
    assertThat(counter.mutating()).as("mutating calls of a no-op deploy").isEmpty();
  }

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

  private DeployInput compile(MotoOrg org) throws IOException {
    String model =
        Files.readString(Path.of("..", "examples", "basic", "airgap.yaml"))
            .replace("o-a1b2c3d4e5", org.organizationId())
            .replace("111111111111", org.managementAccount())
            .replace("222222222222", org.centralAccount())
            .replace("ou-ab12-backup01", org.backupOu())
            .replace("ou-ab12-workload1", org.workloadsOu())
            .replace(
                "  alerts:\n",
                "  restoreTesting:\n    schedule: cron(0 3 ? * SUN *)\n    selections:\n"
                    + "      EBS: { validationWindowHours: 2 }\n  alerts:\n");
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
