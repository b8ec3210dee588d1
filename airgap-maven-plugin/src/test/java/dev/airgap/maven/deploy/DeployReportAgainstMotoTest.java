package dev.airgap.maven.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.airgap.maven.deploy.aws.AwsClients;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The deploy report of a real deploy against moto_server, with real SDK clients. */
class DeployReportAgainstMotoTest {
  @TempDir Path dir;

  @Test
  @DisplayName(
      "a first deploy's report: done, every unit OK with start/end, each stack set operation with"
          + " the account/Region results moto lists, and the call counts")
  void reportOfFirstDeploy() throws Exception {
    try (MotoServer moto = MotoServer.start();
        AwsClients clients = moto.clients()) {
      // Given
      MotoOrg org = MotoOrg.create(clients.organizations(), true);
      DeployInput input = org.writeManifest(dir, Map.of());
      DeployRecord record = new DeployRecord(Clock.systemUTC());
      OperationPoller poller =
          new OperationPoller(
              clients.stackSets(),
              Clock.systemUTC(),
              Sleeper.system(),
              new OperationPoller.Settings(
                  Duration.ofMillis(100), Duration.ofMillis(500), Duration.ofMinutes(2)));
      Deployer deployer =
          new Deployer(
              clients.stackSets(),
              clients.organization(),
              clients.keyAliases(),
              poller,
              Sleeper.system(),
              new Deployer.Settings(Set.of("airgap-central"), 4, 3, 3, Duration.ofMillis(100)),
              record);

      // When
      DeployReport report = deployer.deploy(input);
      JsonNode root = new ObjectMapper().readTree(record.json(report, clients.callCounts()));

      // Then
      assertThat(report.isSuccess()).as(report.render()).isTrue();
      assertThat(root.get("result").asText()).isEqualTo("done");
      assertThat(root.get("units"))
          .extracting(u -> u.get("unit").asText() + " " + u.get("status").asText())
          .containsExactly(
              "central-vault OK", "central-alerts OK", "member-baseline OK", "management OK");
      for (JsonNode u : root.get("units")) {
        assertThat(u.get("start").isNull()).as(u.toString()).isFalse();
        assertThat(u.get("end").isNull()).as(u.toString()).isFalse();
      }
      // moto 5 answers ListStackSetOperationResults for account targets (self-managed) only;
      // for OU targets it creates the instances but lists no result (the FakeCloud test covers
      // those).
      JsonNode vault = root.get("units").get(0).get("operations").get(0);
      assertThat(vault.get("action").asText() + " " + vault.get("status").asText())
          .isEqualTo("CREATE SUCCEEDED");
      JsonNode alerts = root.get("units").get(1).get("operations").get(0);
      assertThat(alerts.get("instances"))
          .extracting(
              i ->
                  i.get("account").asText()
                      + "/"
                      + i.get("region").asText()
                      + " "
                      + i.get("status").asText())
          .containsExactly(org.centralAccount() + "/eu-west-1 SUCCEEDED");
      assertThat(root.get("units").get(3).get("operations")).isEmpty();
      assertThat(root.get("calls").get("CreateStackInstances").asInt()).isEqualTo(3);
      assertThat(record.markdown(report)).startsWith("### airgap deploy: done\n");
    }
  }
}
