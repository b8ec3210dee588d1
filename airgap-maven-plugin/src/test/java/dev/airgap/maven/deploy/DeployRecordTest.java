package dev.airgap.maven.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.airgap.generator.manifest.DeploymentManifest;
import dev.airgap.generator.manifest.DeploymentUnit;
import dev.airgap.generator.manifest.DeploymentUnit.AccountFilterType;
import dev.airgap.generator.manifest.DeploymentUnit.PermissionModel;
import dev.airgap.generator.manifest.DeploymentUnit.UnitKind;
import dev.airgap.generator.manifest.DeploymentUnit.UnitTargets;
import dev.airgap.generator.units.UnitId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The deploy report and the progress lines, over the in-memory fake: a long operation. */
class DeployRecordTest {
  private static final String OU = "ou-ab12-members1";
  private static final String NAME = "airgap-member-baseline";
  private static final String TEMPLATE = "Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n";

  private final FakeCloud cloud = new FakeCloud();
  private final FakeTime time = new FakeTime();
  private final DeployRecord record = new DeployRecord(time);
  private final List<DeployEvent> logged = new ArrayList<>();
  private final List<Instant> loggedAt = new ArrayList<>();

  private DeployReport deploy(Map<String, String> preferences, int accounts) {
    List<Organization.Account> list = new ArrayList<>();
    for (int i = 1; i <= accounts; i++) {
      list.add(new Organization.Account(String.format("2000000000%02d", i), "m" + i, "ACTIVE"));
    }
    cloud.ous.put(OU, list);
    DeploymentUnit unit =
        DeploymentUnit.builder(UnitId.of("member-baseline"), UnitKind.STACK_SET, NAME)
            .permissionModel(PermissionModel.SERVICE_MANAGED)
            .targets(new UnitTargets(List.of(OU), List.of(), AccountFilterType.NONE))
            .regions(List.of("eu-west-1"))
            .templateFile("member-baseline.yaml")
            .autoDeployment(true)
            .operationPreferences(preferences)
            .build();
    DeployInput input =
        new DeployInput(
            new DeploymentManifest(
                1, "o-fake", "111111111111", DeploymentManifest.CallAs.SELF, List.of(unit)),
            Map.of("member-baseline", TEMPLATE));
    OperationPoller poller =
        new OperationPoller(cloud, time, time, OperationPoller.Settings.standard());
    Deployer deployer =
        new Deployer(
            cloud,
            cloud,
            cloud,
            poller,
            time,
            new Deployer.Settings(Set.of(), 4, 6, 5, Duration.ofSeconds(2)),
            event -> {
              record.accept(event);
              if (record.shouldLog(event)) {
                logged.add(event);
                loggedAt.add(time.instant());
              }
            });
    return deployer.deploy(input);
  }

  @Test
  @DisplayName(
      "a long operation over 12 accounts: progress lines at most every 30 s per operation (and"
          + " on status change), the JSON report has every account/Region result with its status"
          + " and reason, start, end and elapsed, and says the deploy failed partway")
  void longOperation() throws Exception {
    // Given: one account at a time, one failure tolerated... and a second one that is not
    cloud.nextFailures =
        Map.of(
            "200000000003/eu-west-1",
            "ResourceLogicalId:Topic, ResourceType:AWS::SNS::Topic,"
                + " ResourceStatusReason:Access Denied",
            "200000000007/eu-west-1",
            "Account 200000000007 should have 'AWSCloudFormationStackSetExecutionRole' role");
    // and an operation that runs for eight polls (10 s, 20 s, 40 s, then every 60 s)
    cloud.nextScript = java.util.Collections.nCopies(9, "RUNNING");
    Map<String, String> prefs = Map.of("MaxConcurrentCount", "1", "FailureToleranceCount", "1");

    // When
    DeployReport report = deploy(prefs, 12);
    String json = record.json(report, Map.of("CreateStackSet", 1, "CreateStackInstances", 1));

    // Then: progress is thinned out, but each logged line is ≥ 30 s after the previous one of the
    // same status
    List<Integer> progress = new ArrayList<>();
    for (int i = 0; i < logged.size(); i++) {
      if (logged.get(i) instanceof DeployEvent.Progress) {
        progress.add(i);
      }
    }
    assertThat(progress).hasSizeBetween(4, 8);
    for (int k = 1; k < progress.size(); k++) {
      DeployEvent.Progress before = (DeployEvent.Progress) logged.get(progress.get(k - 1));
      DeployEvent.Progress now = (DeployEvent.Progress) logged.get(progress.get(k));
      if (before.status().equals(now.status())) {
        assertThat(
                Duration.between(loggedAt.get(progress.get(k - 1)), loggedAt.get(progress.get(k))))
            .isGreaterThanOrEqualTo(Duration.ofSeconds(30));
      }
    }
    assertThat(logged).noneMatch(e -> e instanceof DeployEvent.UnitBoundary);
    assertThat(logged)
        .filteredOn(e -> e instanceof DeployEvent.OperationEnded)
        .extracting(DeployEvent::line)
        .singleElement()
        .asString()
        .contains(" FAILED (")
        .contains(" not, of ");

    // Then: the report
    JsonNode root = new ObjectMapper().readTree(json);
    assertThat(root.get("result").asText()).isEqualTo("failed");
    assertThat(root.get("changedUnits"))
        .extracting(JsonNode::asText)
        .containsExactly("member-baseline");
    JsonNode unit = root.get("units").get(0);
    assertThat(unit.get("unit").asText()).isEqualTo("member-baseline");
    assertThat(unit.get("status").asText()).isEqualTo("FAILED");
    assertThat(Instant.parse(unit.get("start").asText()))
        .isBefore(Instant.parse(unit.get("end").asText()));
    assertThat(unit.get("elapsedSeconds").asLong()).isGreaterThanOrEqualTo(60);
    JsonNode op = unit.get("operations").get(0);
    assertThat(op.get("action").asText()).isEqualTo("CREATE");
    assertThat(op.get("status").asText()).isEqualTo("FAILED");
    JsonNode instances = op.get("instances");
    assertThat(instances).hasSize(12);
    assertThat(instances.get(2).get("account").asText()).isEqualTo("200000000003");
    assertThat(instances.get(2).get("status").asText()).isEqualTo("FAILED");
    assertThat(instances.get(2).get("reason").asText()).contains("Access Denied");
    assertThat(instances.get(0).get("status").asText()).isEqualTo("SUCCEEDED");
    assertThat(instances).extracting(i -> i.get("status").asText()).contains("CANCELLED");
    assertThat(root.get("calls").get("CreateStackInstances").asInt()).isEqualTo(1);
    assertThat(record.markdown(report))
        .startsWith("### airgap deploy: failed\n")
        .contains("| member-baseline | FAILED | ")
        .contains("- member-baseline 200000000007/eu-west-1 FAILED: Account 200000000007");
  }

  @Test
  @DisplayName("result: done when every unit is OK, refused when nothing was changed")
  void results() {
    // Given / When
    DeployReport done = deploy(Map.of(), 2);
    DeployReport refused =
        new DeployReport(
            done.plan(),
            List.of(
                new DeployReport.UnitOutcome(
                    "central-vault",
                    "airgap-central-vault",
                    DeployReport.Status.REFUSED,
                    List.of(),
                    List.of(),
                    "IRREVERSIBLE: not confirmed")));

    // Then
    assertThat(DeployRecord.result(done)).as(done.render()).isEqualTo("done");
    assertThat(DeployRecord.result(refused)).isEqualTo("refused");
  }
}
