package dev.airgap.maven.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.airgap.generator.manifest.DeploymentManifest;
import dev.airgap.generator.manifest.DeploymentUnit;
import dev.airgap.generator.manifest.DeploymentUnit.UnitKind;
import dev.airgap.generator.manifest.DeploymentUnit.AccountFilterType;
import dev.airgap.generator.manifest.DeploymentUnit.PermissionModel;
import dev.airgap.generator.manifest.DeploymentUnit.UnitTargets;
import dev.airgap.generator.units.UnitId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Faults moto cannot make, through the in-memory fake of {@link StackSets} and {@link Organization}. */
class DeployerFaultTest {
  private static final String OU = "ou-ab12-members1";
  private static final String TEMPLATE = "Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n";
  private static final String NAME = "airgap-member-baseline";

  private final FakeCloud cloud = new FakeCloud();
  private final FakeTime time = new FakeTime();
  private final List<DeployEvent> events = new CopyOnWriteArrayList<>();

  private Deployer deployer(Set<String> confirmed) {
    OperationPoller poller = new OperationPoller(cloud, time, time, OperationPoller.Settings.standard());
    return new Deployer(cloud, cloud, poller, time, new Deployer.Settings(confirmed, 4, 6, 5, Duration.ofSeconds(2)), events::add);
  }

  private static DeploymentUnit unit(String id, String name, List<String> lockedVaults) {
    return DeploymentUnit.builder(UnitId.of(id), UnitKind.STACK_SET, name)
        .permissionModel(PermissionModel.SERVICE_MANAGED)
        .targets(new UnitTargets(List.of(OU), List.of(), AccountFilterType.NONE))
        .regions(List.of("eu-west-1"))
        .parameters(Map.of("LocalVaultName", "airgap-local"))
        .templateFile(id + ".yaml")
        .autoDeployment(true)
        .operationPreferences(Map.of("MaxConcurrentPercentage", "25", "FailureTolerancePercentage", "0", "regionConcurrency", "parallel"))
        .complianceLockedVaults(lockedVaults)
        .build();
  }

  private static DeployInput input(String template, DeploymentUnit... units) {
    Map<String, String> templates = new java.util.LinkedHashMap<>();
    for (DeploymentUnit u : units) {
      templates.put(u.id(), template);
    }
    return new DeployInput(new DeploymentManifest(1, "o-fake", "111111111111", DeploymentManifest.CallAs.SELF, List.of(units)),
        templates);
  }

  private void accounts(int n) {
    List<Organization.Account> list = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      list.add(new Organization.Account(String.format("2000000000%02d", i), "member" + i, "ACTIVE"));
    }
    cloud.ous.put(OU, list);
  }

  /** An existing stack set with instances in every account, deployed with {@code template}. */
  private void deployed(String template) {
    FakeCloud.FakeStackSet s = new FakeCloud.FakeStackSet(template, Map.of("LocalVaultName", "airgap-local"), "SERVICE_MANAGED");
    for (Organization.Account a : cloud.ous.get(OU)) {
      s.instances.add(new StackInstance(a.id(), "eu-west-1", OU, "CURRENT", "", "NOT_CHECKED"));
    }
    cloud.stackSets.put(NAME, s);
  }

  @Test
  @DisplayName("throttled calls are retried with backoff and the deploy succeeds")
  void throttlingIsRetried() {
    // Given
    accounts(2);
    cloud.fault("describeStackSet", FakeCloud.throttled("DescribeStackSet"));
    cloud.fault("describeStackSet", FakeCloud.throttled("DescribeStackSet"));
    cloud.fault("createStackInstances", FakeCloud.throttled("CreateStackInstances"));

    // When
    DeployReport report = deployer(Set.of()).deploy(input(TEMPLATE, unit("member-baseline", NAME, List.of())));

    // Then
    assertThat(report.isSuccess()).as(report.render()).isTrue();
    assertThat(cloud.callsOf("describeStackSet")).hasSize(3);
    assertThat(cloud.callsOf("createStackSet")).hasSize(1);
    assertThat(cloud.callsOf("createStackInstances")).hasSize(2);
    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(2));
    assertThat(cloud.stackSets.get(NAME).instances).hasSize(2);
  }

  @Test
  @DisplayName("OperationInProgressException waits for the running operation, then the update goes through")
  void operationInProgressWaitsThenRetries() {
    // Given
    accounts(2);
    deployed("Resources: {}\n");
    cloud.fault("updateStackSet", new CloudCallException(CloudCallException.Kind.OPERATION_IN_PROGRESS, "UpdateStackSet",
        "OperationInProgressException", "req-2", "Only one operation can be performed for a stack set at a given time", null));

    // When
    DeployReport report = deployer(Set.of()).deploy(input(TEMPLATE, unit("member-baseline", NAME, List.of())));

    // Then
    assertThat(report.isSuccess()).as(report.render()).isTrue();
    assertThat(cloud.callsOf("updateStackSet")).hasSize(2);
    assertThat(cloud.callsOf("describeOperation someone-else")).hasSize(2);
    assertThat(events).extracting(DeployEvent::line).anyMatch(l -> l.contains("waiting for operation someone-else (UPDATE RUNNING)"));
    assertThat(cloud.stackSets.get(NAME).template).isEqualTo(TEMPLATE);
  }

  @Test
  @DisplayName("an operation that fails for 2 of 10 accounts prints both reasons, fails, and leaves the rest deployed")
  void partialFailureListsEveryFailedAccount() {
    // Given
    accounts(10);
    cloud.nextFailures = Map.of(
        "200000000003/eu-west-1", "Account 200000000003 should have 'AWSCloudFormationStackSetExecutionRole' role with trust relationship",
        "200000000007/eu-west-1", "ResourceLogicalId:LocalVault, ResourceType:AWS::Backup::BackupVault, ResourceStatusReason:Quota exceeded");

    // When
    DeployReport report = deployer(Set.of()).deploy(input(TEMPLATE, unit("member-baseline", NAME, List.of())));

    // Then
    assertThat(report.isSuccess()).isFalse();
    DeployReport.UnitOutcome outcome = report.units().get(0);
    assertThat(outcome.status()).isEqualTo(DeployReport.Status.FAILED);
    assertThat(outcome.failures()).extracting(OperationResult::account).containsExactlyInAnyOrder("200000000003", "200000000007");
    assertThat(report.render())
        .contains("FAILED 200000000003/eu-west-1: Account 200000000003 should have 'AWSCloudFormationStackSetExecutionRole' role")
        .contains("FAILED 200000000007/eu-west-1: ResourceLogicalId:LocalVault, ResourceType:AWS::Backup::BackupVault,");
    assertThat(cloud.stackSets).containsKey(NAME);
    assertThat(cloud.stackSets.get(NAME).instances).hasSize(10);
    assertThat(cloud.calls).noneMatch(c -> c.startsWith("delete"));
  }

  @Test
  @DisplayName("a re-run after an interruption follows the same OperationId instead of starting a duplicate")
  void rerunAfterInterruptionFollowsSameOperation() {
    // Given: an update that runs for a while, and a run killed during its first wait
    accounts(3);
    deployed("Resources: {}\n");
    cloud.nextScript = List.of("RUNNING", "RUNNING", "RUNNING", "SUCCEEDED");
    time.interruptAtSleep = 0;
    DeployInput input = input(TEMPLATE, unit("member-baseline", NAME, List.of()));
    DeployReport first = deployer(Set.of()).deploy(input);
    assertThat(first.units().get(0).status()).isEqualTo(DeployReport.Status.ERROR);
    String operationId = OperationIds.of("member-baseline", "update", OperationIds.sha256(TEMPLATE),
        Map.of("LocalVaultName", "airgap-local").toString());
    assertThat(cloud.operations).containsOnlyKeys(operationId);

    // When: run again
    DeployReport second = deployer(Set.of()).deploy(input);

    // Then: the running operation was followed to its end, no second update was started
    assertThat(second.isSuccess()).as(second.render()).isTrue();
    assertThat(cloud.callsOf("updateStackSet")).containsExactly("updateStackSet " + operationId);
    assertThat(cloud.operations).containsOnlyKeys(operationId);
    assertThat(second.units().get(0).actions()).containsExactly("followed operation " + operationId);
    assertThat(operationId).matches("[a-zA-Z0-9][-a-zA-Z0-9]*").hasSizeLessThanOrEqualTo(128);
  }

  @Test
  @DisplayName("an OperationId that already ran and failed is retried under the next attempt id")
  void failedOperationIdIsRetriedWithNewId() {
    // Given: a finished, failed operation under the id deploy will choose
    accounts(1);
    deployed("Resources: {}\n");
    String base = OperationIds.of("member-baseline", "update", OperationIds.sha256(TEMPLATE),
        Map.of("LocalVaultName", "airgap-local").toString());
    FakeCloud.FakeOperation old = new FakeCloud.FakeOperation(base, "UPDATE", List.of("FAILED"), List.of());
    cloud.operations.put(base, old);

    // When
    DeployReport report = deployer(Set.of()).deploy(input(TEMPLATE, unit("member-baseline", NAME, List.of())));

    // Then
    assertThat(report.isSuccess()).as(report.render()).isTrue();
    assertThat(cloud.callsOf("updateStackSet")).containsExactly("updateStackSet " + base, "updateStackSet " + base + "-r2");
  }

  @Test
  @DisplayName("a compliance lock is not created without confirmation, and is with it")
  void complianceLockGuard() {
    // Given
    accounts(2);
    DeployInput input = input(TEMPLATE, unit("central-vault", "airgap-central-vault", List.of("airgap-central")),
        unit("member-baseline", NAME, List.of()));

    // When: no confirmation, or the wrong vault confirmed
    DeployReport refused = deployer(Set.of()).deploy(input);
    DeployReport wrongVault = deployer(Set.of("other-vault")).deploy(input);

    // Then: nothing at all was changed
    assertThat(refused.units()).extracting(DeployReport.UnitOutcome::status)
        .containsExactly(DeployReport.Status.REFUSED, DeployReport.Status.SKIPPED);
    assertThat(refused.units().get(0).error())
        .isEqualTo("IRREVERSIBLE: would create or change the compliance lock of vault airgap-central; not confirmed");
    assertThat(wrongVault.units().get(0).status()).isEqualTo(DeployReport.Status.REFUSED);
    assertThat(cloud.mutated()).isFalse();

    // When: confirmed by name
    DeployReport confirmed = deployer(Set.of("airgap-central")).deploy(input);

    // Then
    assertThat(confirmed.isSuccess()).as(confirmed.render()).isTrue();
    assertThat(cloud.stackSets).containsKeys("airgap-central-vault", NAME);
  }

  @Test
  @DisplayName("OU targets are batched at most 50 per CreateStackInstances call")
  void ouTargetsAreBatched() {
    List<String> ous = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      String ou = String.format("ou-ab12-%08d", i);
      ous.add(ou);
      cloud.ous.put(ou, List.of());
    }
    DeploymentUnit u = DeploymentUnit.builder(UnitId.of("member-baseline"), UnitKind.STACK_SET, NAME)
        .permissionModel(PermissionModel.SERVICE_MANAGED)
        .targets(new UnitTargets(ous, List.of(), AccountFilterType.NONE))
        .regions(List.of("eu-west-1"))
        .templateFile("m.yaml")
        .autoDeployment(true)
        .build();

    LivePlan plan = deployer(Set.of()).plan(input(TEMPLATE, u));

    assertThat(plan.units().get(0).instancesToAdd()).extracting(b -> b.targets().organizationalUnits().size())
        .containsExactly(50, 50, 20);
  }

  @Test
  @DisplayName("the poller backs off exponentially up to the cap and reports progress after every poll")
  void pollerBacksOff() {
    accounts(1);
    deployed("Resources: {}\n");
    cloud.nextScript = List.of("QUEUED", "RUNNING", "RUNNING", "RUNNING", "RUNNING", "SUCCEEDED");

    DeployReport report = deployer(Set.of()).deploy(input(TEMPLATE, unit("member-baseline", NAME, List.of())));

    assertThat(report.isSuccess()).as(report.render()).isTrue();
    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(40),
        Duration.ofSeconds(60), Duration.ofSeconds(60));
    assertThat(events).filteredOn(e -> e instanceof DeployEvent.Progress).extracting(DeployEvent::line)
        .startsWith("member-baseline: UPDATE " + OperationIds.of("member-baseline", "update", OperationIds.sha256(TEMPLATE),
            Map.of("LocalVaultName", "airgap-local").toString()) + " QUEUED 1/1 accounts/regions done, 0s")
        .last().asString().endsWith("SUCCEEDED 1/1 accounts/regions done, 190s");
    // counts refreshed at 0 s, after 60 s (at 70 s and 130 s) and at the end, not on every poll
    assertThat(cloud.callsOf("listOperationResults")).hasSize(4);
  }
  @Test
  @DisplayName("OperationInProgressException is retried a bounded number of times, then the unit errors")
  void operationInProgressIsBounded() {
    accounts(1);
    deployed("Resources: {}\n");
    for (int i = 0; i < 6; i++) {
      cloud.fault("updateStackSet", new CloudCallException(CloudCallException.Kind.OPERATION_IN_PROGRESS, "UpdateStackSet",
          "OperationInProgressException", "", "busy", null));
    }

    DeployReport report = deployer(Set.of()).deploy(input(TEMPLATE, unit("member-baseline", NAME, List.of())));

    assertThat(report.units().get(0).status()).isEqualTo(DeployReport.Status.ERROR);
    assertThat(report.units().get(0).error()).startsWith("UpdateStackSet: OperationInProgressException: busy");
    assertThat(cloud.callsOf("updateStackSet")).hasSize(6);
  }

  @Test
  @DisplayName("a failed unit skips its dependents, independent units still deploy, and the report keeps manifest order")
  void dependencyFailureSkipsDependents() {
    accounts(2);
    cloud.nextFailures = Map.of("200000000001/eu-west-1", "boom");
    DeploymentUnit first = unit("central-vault", "airgap-central-vault", List.of());
    DeploymentUnit dependent = DeploymentUnit.builder(UnitId.of("central-alerts"), UnitKind.STACK_SET, "airgap-central-alerts")
        .permissionModel(PermissionModel.SELF_MANAGED)
        .targets(UnitTargets.accounts("200000000002"))
        .regions(List.of("eu-west-1"))
        .templateFile("a.yaml")
        .dependsOn(UnitId.of("central-vault"))
        .build();
    DeploymentUnit independent = DeploymentUnit.builder(UnitId.of("other"), UnitKind.STACK_SET, "airgap-other")
        .permissionModel(PermissionModel.SELF_MANAGED)
        .targets(UnitTargets.accounts("200000000002"))
        .regions(List.of("eu-west-1"))
        .templateFile("o.yaml")
        .build();

    DeployReport report = deployer(Set.of()).deploy(input(TEMPLATE, first, dependent, independent));

    assertThat(report.units()).extracting(DeployReport.UnitOutcome::unitId).containsExactly("central-vault", "central-alerts", "other");
    assertThat(report.units()).extracting(DeployReport.UnitOutcome::status)
        .containsExactly(DeployReport.Status.FAILED, DeployReport.Status.SKIPPED, DeployReport.Status.OK);
    assertThat(cloud.stackSets).doesNotContainKey("airgap-central-alerts").containsKey("airgap-other");
  }

  @Test
  @DisplayName("a self-managed stack set gets only its missing account/region instances")
  void selfManagedMissingInstances() {
    FakeCloud.FakeStackSet s = new FakeCloud.FakeStackSet(TEMPLATE, Map.of(), "SELF_MANAGED");
    s.instances.add(new StackInstance("200000000001", "eu-west-1", "", "CURRENT", "", ""));
    cloud.stackSets.put("airgap-central-alerts", s);
    DeploymentUnit u = DeploymentUnit.builder(UnitId.of("central-alerts"), UnitKind.STACK_SET, "airgap-central-alerts")
        .permissionModel(PermissionModel.SELF_MANAGED)
        .targets(UnitTargets.accounts("200000000001", "200000000002"))
        .regions(List.of("eu-central-1", "eu-west-1"))
        .templateFile("a.yaml")
        .build();

    LivePlan plan = deployer(Set.of()).plan(input(TEMPLATE, u));

    assertThat(plan.units().get(0).change()).isEqualTo(LivePlan.Change.NO_CHANGE);
    assertThat(plan.units().get(0).instancesToAdd()).singleElement().satisfies(b -> {
      assertThat(b.targets().accounts()).containsExactly("200000000001", "200000000002");
      assertThat(b.accountRegions()).containsExactly("200000000001/eu-central-1", "200000000002/eu-central-1", "200000000002/eu-west-1");
    });
  }

  @Test
  @DisplayName("adding instances to a unit with a compliance-locked vault is IRREVERSIBLE in the plan")
  void addingInstancesIsIrreversible() {
    accounts(3);
    deployed(TEMPLATE);
    cloud.stackSets.get(NAME).instances.remove(2);

    LivePlan plan = deployer(Set.of()).plan(input(TEMPLATE, unit("member-baseline", NAME, List.of("airgap-local"))));

    assertThat(plan.render()).isEqualTo("""
        [~] member-baseline (stack set airgap-member-baseline): add instances  IRREVERSIBLE: creates or changes compliance lock on \
        airgap-local
            + instances: OUs [ou-ab12-members1] x [eu-west-1] (200000000003/eu-west-1)
        plan: 0 to create, 0 to update, 1 without template change, 0 blocked, 1 instance call(s), 1 IRREVERSIBLE
        """);
  }
  @Test
  @DisplayName("OperationIdAlreadyExists for an operation that succeeded is followed, not repeated")
  void succeededOperationIdIsFollowed() {
    accounts(1);
    deployed("Resources: {}\n");
    String id = OperationIds.of("member-baseline", "update", OperationIds.sha256(TEMPLATE),
        Map.of("LocalVaultName", "airgap-local").toString());
    cloud.operations.put(id, new FakeCloud.FakeOperation(id, "UPDATE", List.of("SUCCEEDED"), List.of()));

    DeployReport report = deployer(Set.of()).deploy(input(TEMPLATE, unit("member-baseline", NAME, List.of())));

    assertThat(report.isSuccess()).as(report.render()).isTrue();
    assertThat(report.units().get(0).actions()).containsExactly("updated (operation " + id + ")");
    assertThat(cloud.operations).containsOnlyKeys(id);
    assertThat(events).extracting(DeployEvent::line).contains("member-baseline: operation " + id
        + " was started earlier (SUCCEEDED); following it");
  }
}
