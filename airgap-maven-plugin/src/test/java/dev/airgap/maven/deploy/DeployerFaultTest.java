package dev.airgap.maven.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.airgap.generator.manifest.DeploymentManifest;
import dev.airgap.generator.manifest.DeploymentUnit;
import dev.airgap.generator.manifest.DeploymentUnit.AccountFilterType;
import dev.airgap.generator.manifest.DeploymentUnit.PermissionModel;
import dev.airgap.generator.manifest.DeploymentUnit.UnitKind;
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

/**
 * Faults moto cannot make, through the in-memory fake of {@link StackSets} and {@link
 * Organization}.
 */
class DeployerFaultTest {
  private static final String OU = "ou-ab12-members1";
  private static final String TEMPLATE = "Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n";
  private static final String NAME = "airgap-member-baseline";

  private final FakeCloud cloud = new FakeCloud();
  private final FakeTime time = new FakeTime();
  private final List<DeployEvent> events = new CopyOnWriteArrayList<>();

  private Deployer deployer(Set<String> confirmed) {
    OperationPoller poller =
        new OperationPoller(cloud, time, time, OperationPoller.Settings.standard());
    return new Deployer(
        cloud,
        cloud,
        cloud,
        poller,
        time,
        new Deployer.Settings(confirmed, 4, 6, 5, Duration.ofSeconds(2)),
        events::add);
  }

  private static DeploymentUnit unit(String id, String name, List<String> lockedVaults) {
    return DeploymentUnit.builder(UnitId.of(id), UnitKind.STACK_SET, name)
        .permissionModel(PermissionModel.SERVICE_MANAGED)
        .targets(new UnitTargets(List.of(OU), List.of(), AccountFilterType.NONE))
        .regions(List.of("eu-west-1"))
        .parameters(Map.of("LocalVaultName", "airgap-local"))
        .templateFile(id + ".yaml")
        .autoDeployment(true)
        .operationPreferences(
            Map.of(
                "MaxConcurrentPercentage",
                "25",
                "FailureTolerancePercentage",
                "0",
                "regionConcurrency",
                "parallel"))
        .complianceLockedVaults(lockedVaults)
        .build();
  }

  private static DeployInput input(String template, DeploymentUnit... units) {
    Map<String, String> templates = new java.util.LinkedHashMap<>();
    for (DeploymentUnit u : units) {
      templates.put(u.id(), template);
    }
    return new DeployInput(
        new DeploymentManifest(
            1, "o-fake", "111111111111", DeploymentManifest.CallAs.SELF, List.of(units)),
        templates);
  }

  /**
   * The id deploy gives an update of {@link #NAME} to {@code template} from a stack set with the
   * given operation history.
   */
  private static String updateId(String template, String... history) {
    return OperationIds.of(
        "member-baseline",
        "update",
        OperationIds.sha256(template),
        Map.of("LocalVaultName", "airgap-local").toString(),
        OperationIds.history(List.of(history)));
  }

  private static DeploymentUnit unit(String id, String name, Map<String, String> preferences) {
    return DeploymentUnit.builder(UnitId.of(id), UnitKind.STACK_SET, name)
        .permissionModel(PermissionModel.SERVICE_MANAGED)
        .targets(new UnitTargets(List.of(OU), List.of(), AccountFilterType.NONE))
        .regions(List.of("eu-west-1"))
        .parameters(Map.of("LocalVaultName", "airgap-local"))
        .templateFile(id + ".yaml")
        .autoDeployment(true)
        .operationPreferences(preferences)
        .build();
  }

  private void accounts(int n) {
    List<Organization.Account> list = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      list.add(
          new Organization.Account(String.format("2000000000%02d", i), "member" + i, "ACTIVE"));
    }
    cloud.ous.put(OU, list);
  }

  /** An existing stack set with instances in every account, deployed with {@code template}. */
  private void deployed(String template) {
    FakeCloud.FakeStackSet s =
        new FakeCloud.FakeStackSet(
            template, Map.of("LocalVaultName", "airgap-local"), "SERVICE_MANAGED");
    for (Organization.Account a : cloud.ous.get(OU)) {
      s.instances.add(new StackInstance(a.id(), "eu-west-1", OU, "CURRENT", "", "NOT_CHECKED"));
    }
    cloud.stackSets.put(NAME, s);
  }

  @Test
  @DisplayName(
      "a template parameter without a value or a key alias to read it from refuses its unit before any"
          + " call, and its dependants are skipped")
  void unresolvedParameterRefuses() {
    // Given: a central vault whose key ARN parameter the manifest does not fill
    accounts(1);
    String vaultTemplate =
        "Parameters:\n  CentralVaultKeyArn:\n    Type: String\n"
            + "    Description: ARN of the key alias/airgap-central in key account 333333333333\n"
            + TEMPLATE;
    DeploymentUnit vault = unit("central-vault", "airgap-central-vault", List.of());
    DeploymentUnit after =
        unit("management", "airgap-management", List.of()).withDependsOn(List.of("central-vault"));
    Map<String, String> templates = new java.util.LinkedHashMap<>();
    templates.put(vault.id(), vaultTemplate);
    templates.put(after.id(), TEMPLATE);
    DeployInput in =
        new DeployInput(
            new DeploymentManifest(
                1, "o-fake", "111111111111", DeploymentManifest.CallAs.SELF, List.of(vault, after)),
            templates);

    // When
    DeployReport report = deployer(Set.of()).deploy(in);

    // Then
    assertThat(report.units())
        .extracting(DeployReport.UnitOutcome::status)
        .containsExactly(DeployReport.Status.REFUSED, DeployReport.Status.SKIPPED);
    assertThat(report.units().get(0).error())
        .startsWith("central-vault.yaml: /Parameters/CentralVaultKeyArn: has no value");
    assertThat(cloud.callsOf("createStackSet")).isEmpty();
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
    DeployReport report =
        deployer(Set.of()).deploy(input(TEMPLATE, unit("member-baseline", NAME, List.of())));

    // Then
    assertThat(report.isSuccess()).as(report.render()).isTrue();
    assertThat(cloud.callsOf("describeStackSet")).hasSize(3);
    assertThat(cloud.callsOf("createStackSet")).hasSize(1);
    assertThat(cloud.callsOf("createStackInstances")).hasSize(2);
    assertThat(time.sleeps)
        .containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(2));
    assertThat(cloud.stackSets.get(NAME).instances).hasSize(2);
  }

  @Test
  @DisplayName(
      "OperationInProgressException waits for the running operation, then the update goes through")
  void operationInProgressWaitsThenRetries() {
    // Given: a stack set made outside airgap (no managed execution), and someone else's update that
    // starts between our plan and our update
    accounts(2);
    deployed("Resources: {}\n");
    cloud.beforeCall(
        "updateStackSet",
        () -> cloud.foreignOperation("someone-else", NAME, List.of("RUNNING", "SUCCEEDED")));

    // When
    DeployReport report =
        deployer(Set.of()).deploy(input(TEMPLATE, unit("member-baseline", NAME, List.of())));

    // Then: the first UpdateStackSet was refused by the fake's own rule, not by an injected
    // exception
    assertThat(report.isSuccess()).as(report.render()).isTrue();
    assertThat(cloud.callsOf("updateStackSet")).hasSize(2);
    assertThat(cloud.callsOf("describeOperation someone-else")).hasSize(2);
    assertThat(events)
        .extracting(DeployEvent::line)
        .anyMatch(l -> l.contains("waiting for operation someone-else (UPDATE RUNNING)"));
    assertThat(cloud.stackSets.get(NAME).template).isEqualTo(TEMPLATE);
  }

  @Test
  @DisplayName(
      "with managed execution the update is QUEUED behind the running operation and deploy waits it out")
  void managedExecutionQueues() {
    accounts(2);
    deployed("Resources: {}\n");
    cloud.stackSets.get(NAME).managedExecution = true;
    cloud.beforeCall(
        "updateStackSet",
        () ->
            cloud.foreignOperation(
                "someone-else", NAME, List.of("RUNNING", "RUNNING", "SUCCEEDED")));

    DeployReport report =
        deployer(Set.of()).deploy(input(TEMPLATE, unit("member-baseline", NAME, List.of())));

    assertThat(report.isSuccess()).as(report.render()).isTrue();
    assertThat(cloud.callsOf("updateStackSet")).hasSize(1);
    assertThat(events)
        .filteredOn(e -> e instanceof DeployEvent.Progress)
        .extracting(DeployEvent::line)
        .anyMatch(l -> l.contains(" QUEUED "))
        .last()
        .asString()
        .contains(" SUCCEEDED 2/2 accounts/regions done");
    assertThat(cloud.operations.get("someone-else").status).isEqualTo("SUCCEEDED");
    assertThat(cloud.stackSets.get(NAME).instances)
        .extracting(StackInstance::status)
        .containsOnly("CURRENT");
  }

  @Test
  @DisplayName(
      "failure tolerance 0: the first failure stops the Region; the failed and the CANCELLED accounts are listed, the rest stay deployed")
  void toleranceExceededCancelsTheRest() {
    // Given: 10 accounts, MaxConcurrentPercentage 25 and FailureTolerancePercentage 0 (STRICT: one
    // at a time)
    accounts(10);
    cloud.nextFailures =
        Map.of(
            "200000000003/eu-west-1",
                "Account 200000000003 should have 'AWSCloudFormationStackSetExecutionRole' role with trust relationship",
            "200000000007/eu-west-1",
                "ResourceLogicalId:LocalVault, ResourceType:AWS::Backup::BackupVault, ResourceStatusReason:Quota exceeded");

    // When
    DeployReport report =
        deployer(Set.of()).deploy(input(TEMPLATE, unit("member-baseline", NAME, List.of())));

    // Then: 3 failed, 7 was never attempted, 4..10 were cancelled; 1 and 2 stay deployed
    DeployReport.UnitOutcome outcome = report.units().get(0);
    assertThat(outcome.status()).isEqualTo(DeployReport.Status.FAILED);
    assertThat(outcome.error())
        .endsWith("ended FAILED with 1 failed account/region(s) and 7 cancelled");
    assertThat(outcome.failures())
        .extracting(r -> r.status() + " " + r.account())
        .containsExactly(
            "FAILED 200000000003",
            "CANCELLED 200000000004",
            "CANCELLED 200000000005",
            "CANCELLED 200000000006",
            "CANCELLED 200000000007",
            "CANCELLED 200000000008",
            "CANCELLED 200000000009",
            "CANCELLED 200000000010");
    assertThat(report.render())
        .contains(
            "FAILED 200000000003/eu-west-1: Account 200000000003 should have 'AWSCloudFormationStackSetExecutionRole' role")
        .contains("CANCELLED 200000000007/eu-west-1: " + FakeCloud.CANCELLED_REASON)
        .doesNotContain("Quota exceeded");
    assertThat(cloud.stackSets.get(NAME).instances)
        .filteredOn(i -> i.status().equals("CURRENT"))
        .extracting(StackInstance::account)
        .containsExactly("200000000001", "200000000002");
    assertThat(cloud.calls).noneMatch(c -> c.startsWith("delete"));
  }

  @Test
  @DisplayName(
      "within the failure tolerance the operation SUCCEEDS with failed instances: deploy still fails and lists them")
  void succeededWithFailedInstances() {
    accounts(10);
    cloud.nextFailures =
        Map.of(
            "200000000003/eu-west-1", "role missing", "200000000007/eu-west-1", "quota exceeded");

    DeployReport report =
        deployer(Set.of())
            .deploy(
                input(
                    TEMPLATE,
                    unit(
                        "member-baseline",
                        NAME,
                        Map.of("FailureToleranceCount", "2", "MaxConcurrentCount", "3"))));

    DeployReport.UnitOutcome outcome = report.units().get(0);
    assertThat(outcome.status()).isEqualTo(DeployReport.Status.FAILED);
    assertThat(outcome.error())
        .endsWith("ended SUCCEEDED within its failure tolerance, but 2 account/region(s) failed");
    assertThat(outcome.failures())
        .extracting(r -> r.status() + " " + r.account() + ": " + r.statusReason())
        .containsExactly(
            "FAILED 200000000003: role missing", "FAILED 200000000007: quota exceeded");
    assertThat(cloud.operations.values()).extracting(o -> o.status).containsExactly("SUCCEEDED");
    assertThat(cloud.stackSets.get(NAME).instances)
        .filteredOn(i -> i.status().equals("CURRENT"))
        .hasSize(8);
  }

  @Test
  @DisplayName(
      "SEQUENTIAL Regions: a Region over its tolerance cancels every later Region; PARALLEL: the others had their first batch")
  void regionConcurrency() {
    accounts(3);
    cloud.nextFailures = Map.of("200000000001/eu-west-1", "boom");
    DeploymentUnit sequential =
        DeploymentUnit.builder(UnitId.of("member-baseline"), UnitKind.STACK_SET, NAME)
            .permissionModel(PermissionModel.SERVICE_MANAGED)
            .targets(new UnitTargets(List.of(OU), List.of(), AccountFilterType.NONE))
            .regions(List.of("eu-central-1", "eu-west-1"))
            .templateFile("m.yaml")
            .autoDeployment(true)
            .operationPreferences(Map.of("RegionOrder", "eu-west-1,eu-central-1"))
            .build();

    DeployReport report = deployer(Set.of()).deploy(input(TEMPLATE, sequential));

    assertThat(report.units().get(0).failures())
        .extracting(r -> r.status() + " " + r.account() + "/" + r.region())
        .containsExactly(
            "FAILED 200000000001/eu-west-1",
            "CANCELLED 200000000002/eu-west-1",
            "CANCELLED 200000000003/eu-west-1",
            "CANCELLED 200000000001/eu-central-1",
            "CANCELLED 200000000002/eu-central-1",
            "CANCELLED 200000000003/eu-central-1");

    // When: the same in parallel, into a second stack set
    DeploymentUnit parallel =
        DeploymentUnit.builder(UnitId.of("other"), UnitKind.STACK_SET, "airgap-other")
            .permissionModel(PermissionModel.SERVICE_MANAGED)
            .targets(new UnitTargets(List.of(OU), List.of(), AccountFilterType.NONE))
            .regions(List.of("eu-central-1", "eu-west-1"))
            .templateFile("o.yaml")
            .autoDeployment(true)
            .operationPreferences(Map.of("RegionConcurrencyType", "PARALLEL"))
            .build();
    DeployReport parallelReport = deployer(Set.of()).deploy(input(TEMPLATE, parallel));

    assertThat(parallelReport.units().get(0).failures())
        .extracting(r -> r.status() + " " + r.account() + "/" + r.region())
        .containsExactly(
            "FAILED 200000000001/eu-west-1",
            "CANCELLED 200000000002/eu-central-1",
            "CANCELLED 200000000003/eu-central-1",
            "CANCELLED 200000000002/eu-west-1",
            "CANCELLED 200000000003/eu-west-1");
    assertThat(cloud.stackSets.get("airgap-other").instances)
        .filteredOn(i -> i.status().equals("CURRENT"))
        .extracting(i -> i.account() + "/" + i.region())
        .containsExactly("200000000001/eu-central-1");
  }

  @Test
  @DisplayName(
      "a re-run after a failed operation retries the OUTDATED instances under a new operation id")
  void rerunRetriesOutdatedInstances() {
    accounts(4);
    cloud.nextFailures = Map.of("200000000002/eu-west-1", "role missing");
    DeployInput input = input(TEMPLATE, unit("member-baseline", NAME, List.of()));
    assertThat(deployer(Set.of()).deploy(input).units().get(0).status())
        .isEqualTo(DeployReport.Status.FAILED);

    // When: the cause is fixed and deploy runs again
    cloud.nextFailures = Map.of();
    LivePlan plan = deployer(Set.of()).plan(input);
    DeployReport again = deployer(Set.of()).deploy(input);

    // Then
    assertThat(plan.units().get(0).reasons())
        .containsExactly("3 instance(s) OUTDATED: an earlier operation did not reach them");
    assertThat(again.isSuccess()).as(again.render()).isTrue();
    assertThat(cloud.stackSets.get(NAME).instances)
        .extracting(StackInstance::status)
        .containsOnly("CURRENT")
        .hasSize(4);
    assertThat(deployer(Set.of()).plan(input).hasChanges()).isFalse();
  }

  @Test
  @DisplayName(
      "a re-run after an interruption follows the same OperationId instead of starting a duplicate")
  void rerunAfterInterruptionFollowsSameOperation() {
    // Given: an update that runs for a while, and a run killed during its first wait
    accounts(3);
    deployed("Resources: {}\n");
    cloud.nextScript = List.of("RUNNING", "RUNNING", "RUNNING", "SUCCEEDED");
    time.interruptAtSleep = 0;
    DeployInput input = input(TEMPLATE, unit("member-baseline", NAME, List.of()));
    DeployReport first = deployer(Set.of()).deploy(input);
    assertThat(first.units().get(0).status()).isEqualTo(DeployReport.Status.ERROR);
    String operationId = updateId(TEMPLATE);
    assertThat(cloud.operations).containsOnlyKeys(operationId);

    // When: run again
    DeployReport second = deployer(Set.of()).deploy(input);

    // Then: the running operation was followed to its end, no second update was started, and the
    // live stack set and every instance run the template
    assertThat(second.isSuccess()).as(second.render()).isTrue();
    assertThat(cloud.callsOf("updateStackSet")).containsExactly("updateStackSet " + operationId);
    assertThat(cloud.operations).containsOnlyKeys(operationId);
    assertThat(second.units().get(0).actions())
        .containsExactly("followed operation " + operationId);
    assertThat(cloud.stackSets.get(NAME).template).isEqualTo(TEMPLATE);
    assertThat(cloud.stackSets.get(NAME).instances)
        .extracting(StackInstance::status)
        .containsOnly("CURRENT");
    assertThat(operationId).matches("[a-zA-Z0-9][-a-zA-Z0-9]*").hasSizeLessThanOrEqualTo(128);
  }

  @Test
  @DisplayName(
      "a request whose answer was lost is retried under its own id: it runs once, and a failed one is retried as the next attempt")
  void failedOperationIdIsRetriedWithNewId() {
    // Given: the update deploy will ask for was accepted and failed, but is not listed yet
    accounts(1);
    deployed("Resources: {}\n");
    String base = updateId(TEMPLATE);
    FakeCloud.FakeOperation old =
        new FakeCloud.FakeOperation(base, NAME, "UPDATE", List.of("FAILED"), List.of());
    old.listed = false;
    cloud.operations.put(base, old);

    // When
    DeployReport report =
        deployer(Set.of()).deploy(input(TEMPLATE, unit("member-baseline", NAME, List.of())));

    // Then
    assertThat(report.isSuccess()).as(report.render()).isTrue();
    assertThat(cloud.callsOf("updateStackSet"))
        .containsExactly("updateStackSet " + base, "updateStackSet " + base + "-r2");
  }

  @Test
  @DisplayName(
      "rollback T0 -> T1 -> T2 -> T1 really deploys T1 again: a new operation id each time, checked against the live stack set")
  void rollbackReallyUpdates() {
    accounts(2);
    deployed("Resources: {}\n");
    String t1 = TEMPLATE;
    String t2 = TEMPLATE + "  Queue:\n    Type: AWS::SQS::Queue\n";

    for (String wanted : List.of(t1, t2, t1)) {
      DeployReport report =
          deployer(Set.of()).deploy(input(wanted, unit("member-baseline", NAME, List.of())));

      assertThat(report.isSuccess()).as(report.render()).isTrue();
      assertThat(cloud.stackSets.get(NAME).template).isEqualTo(wanted);
      assertThat(cloud.stackSets.get(NAME).instances)
          .extracting(StackInstance::status)
          .containsOnly("CURRENT");
    }
    List<String> updates = cloud.callsOf("updateStackSet");
    assertThat(updates).hasSize(3).doesNotHaveDuplicates();
    assertThat(cloud.operations.values())
        .extracting(o -> o.status)
        .containsOnly("SUCCEEDED")
        .hasSize(3);

    // And: T1 once more is a no-op
    int before = cloud.calls.size();
    assertThat(
            deployer(Set.of())
                .deploy(input(t1, unit("member-baseline", NAME, List.of())))
                .isSuccess())
        .isTrue();
    assertThat(cloud.calls.subList(before, cloud.calls.size()))
        .noneMatch(c -> c.startsWith("update") || c.startsWith("create"));
  }

  @Test
  @DisplayName("a compliance lock is not created without confirmation, and is with it")
  void complianceLockGuard() {
    // Given
    accounts(2);
    DeployInput input =
        input(
            TEMPLATE,
            unit("central-vault", "airgap-central-vault", List.of("airgap-central")),
            unit("member-baseline", NAME, List.of()));

    // When: no confirmation, or the wrong vault confirmed
    DeployReport refused = deployer(Set.of()).deploy(input);
    DeployReport wrongVault = deployer(Set.of("other-vault")).deploy(input);

    // Then: nothing at all was changed
    assertThat(refused.units())
        .extracting(DeployReport.UnitOutcome::status)
        .containsExactly(DeployReport.Status.REFUSED, DeployReport.Status.SKIPPED);
    assertThat(refused.units().get(0).error())
        .isEqualTo(
            "IRREVERSIBLE: would create or change the compliance lock of vault airgap-central; not confirmed");
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
    DeploymentUnit u =
        DeploymentUnit.builder(UnitId.of("member-baseline"), UnitKind.STACK_SET, NAME)
            .permissionModel(PermissionModel.SERVICE_MANAGED)
            .targets(new UnitTargets(ous, List.of(), AccountFilterType.NONE))
            .regions(List.of("eu-west-1"))
            .templateFile("m.yaml")
            .autoDeployment(true)
            .build();

    LivePlan plan = deployer(Set.of()).plan(input(TEMPLATE, u));

    assertThat(plan.units().get(0).instancesToAdd())
        .extracting(b -> b.targets().organizationalUnits().size())
        .containsExactly(50, 50, 20);
  }

  @Test
  @DisplayName(
      "the poller backs off exponentially up to the cap and reports progress after every poll")
  void pollerBacksOff() {
    accounts(1);
    deployed("Resources: {}\n");
    cloud.nextScript = List.of("QUEUED", "RUNNING", "RUNNING", "RUNNING", "RUNNING", "SUCCEEDED");

    DeployReport report =
        deployer(Set.of()).deploy(input(TEMPLATE, unit("member-baseline", NAME, List.of())));

    assertThat(report.isSuccess()).as(report.render()).isTrue();
    assertThat(time.sleeps)
        .containsExactly(
            Duration.ofSeconds(10),
            Duration.ofSeconds(20),
            Duration.ofSeconds(40),
            Duration.ofSeconds(60),
            Duration.ofSeconds(60));
    assertThat(events)
        .filteredOn(e -> e instanceof DeployEvent.Progress)
        .extracting(DeployEvent::line)
        .startsWith(
            "member-baseline: UPDATE "
                + updateId(TEMPLATE)
                + " QUEUED 1/1 accounts/regions done, 0s")
        .last()
        .asString()
        .endsWith("SUCCEEDED 1/1 accounts/regions done, 190s");
    // counts refreshed at 0 s, after 60 s (at 70 s and 130 s) and at the end, not on every poll
    assertThat(cloud.callsOf("listOperationResults")).hasSize(4);
  }

  @Test
  @DisplayName(
      "OperationInProgressException is retried a bounded number of times, then the unit errors")
  void operationInProgressIsBounded() {
    accounts(1);
    deployed("Resources: {}\n");
    for (int i = 0; i < 6; i++) {
      String other = "someone-else-" + i;
      cloud.beforeCall(
          "updateStackSet",
          () -> cloud.foreignOperation(other, NAME, List.of("RUNNING", "SUCCEEDED")));
    }

    DeployReport report =
        deployer(Set.of()).deploy(input(TEMPLATE, unit("member-baseline", NAME, List.of())));

    assertThat(report.units().get(0).status()).isEqualTo(DeployReport.Status.ERROR);
    assertThat(report.units().get(0).error())
        .startsWith(
            "UpdateStackSet: OperationInProgressException: Another Operation on StackSet airgap-member-baseline is in progress");
    assertThat(cloud.callsOf("updateStackSet")).hasSize(6);
  }

  @Test
  @DisplayName(
      "a failed unit skips its dependents, independent units still deploy, and the report keeps manifest order")
  void dependencyFailureSkipsDependents() {
    accounts(2);
    cloud.nextFailures = Map.of("200000000001/eu-west-1", "boom");
    DeploymentUnit first = unit("central-vault", "airgap-central-vault", List.of());
    DeploymentUnit dependent =
        DeploymentUnit.builder(
                UnitId.of("central-alerts"), UnitKind.STACK_SET, "airgap-central-alerts")
            .permissionModel(PermissionModel.SELF_MANAGED)
            .targets(UnitTargets.accounts("200000000002"))
            .regions(List.of("eu-west-1"))
            .templateFile("a.yaml")
            .dependsOn(UnitId.of("central-vault"))
            .build();
    DeploymentUnit independent =
        DeploymentUnit.builder(UnitId.of("other"), UnitKind.STACK_SET, "airgap-other")
            .permissionModel(PermissionModel.SELF_MANAGED)
            .targets(UnitTargets.accounts("200000000002"))
            .regions(List.of("eu-west-1"))
            .templateFile("o.yaml")
            .build();

    DeployReport report = deployer(Set.of()).deploy(input(TEMPLATE, first, dependent, independent));

    assertThat(report.units())
        .extracting(DeployReport.UnitOutcome::unitId)
        .containsExactly("central-vault", "central-alerts", "other");
    assertThat(report.units())
        .extracting(DeployReport.UnitOutcome::status)
        .containsExactly(
            DeployReport.Status.FAILED, DeployReport.Status.SKIPPED, DeployReport.Status.OK);
    assertThat(cloud.stackSets)
        .doesNotContainKey("airgap-central-alerts")
        .containsKey("airgap-other");
  }

  @Test
  @DisplayName("a self-managed stack set gets only its missing account/region instances")
  void selfManagedMissingInstances() {
    FakeCloud.FakeStackSet s = new FakeCloud.FakeStackSet(TEMPLATE, Map.of(), "SELF_MANAGED");
    s.instances.add(new StackInstance("200000000001", "eu-west-1", "", "CURRENT", "", ""));
    cloud.stackSets.put("airgap-central-alerts", s);
    DeploymentUnit u =
        DeploymentUnit.builder(
                UnitId.of("central-alerts"), UnitKind.STACK_SET, "airgap-central-alerts")
            .permissionModel(PermissionModel.SELF_MANAGED)
            .targets(UnitTargets.accounts("200000000001", "200000000002"))
            .regions(List.of("eu-central-1", "eu-west-1"))
            .templateFile("a.yaml")
            .build();

    LivePlan plan = deployer(Set.of()).plan(input(TEMPLATE, u));

    assertThat(plan.units().get(0).change()).isEqualTo(LivePlan.Change.NO_CHANGE);
    assertThat(plan.units().get(0).instancesToAdd())
        .singleElement()
        .satisfies(
            b -> {
              assertThat(b.targets().accounts()).containsExactly("200000000001", "200000000002");
              assertThat(b.accountRegions())
                  .containsExactly(
                      "200000000001/eu-central-1",
                      "200000000002/eu-central-1",
                      "200000000002/eu-west-1");
            });
  }

  @Test
  @DisplayName(
      "adding instances to a unit with a compliance-locked vault is IRREVERSIBLE in the plan")
  void addingInstancesIsIrreversible() {
    accounts(3);
    deployed(TEMPLATE);
    cloud.stackSets.get(NAME).instances.remove(2);

    LivePlan plan =
        deployer(Set.of())
            .plan(input(TEMPLATE, unit("member-baseline", NAME, List.of("airgap-local"))));

    assertThat(plan.render())
        .isEqualTo(
            """
        [~] member-baseline (stack set airgap-member-baseline): add instances  IRREVERSIBLE: creates or changes compliance lock on \
        airgap-local
            + instances: OUs [ou-ab12-members1] x [eu-west-1] (200000000003/eu-west-1)
        plan: 0 to create, 0 to update, 1 without template change, 0 blocked, 1 instance call(s), 1 IRREVERSIBLE
        """);
  }

  @Test
  @DisplayName(
      "a finished operation under the same id is followed, and if the live stack set still differs deploy says so instead of OK")
  void followedOperationIsCheckedAgainstTheLiveStackSet() {
    accounts(1);
    deployed("Resources: {}\n");
    String id = updateId(TEMPLATE);
    FakeCloud.FakeOperation done =
        new FakeCloud.FakeOperation(id, NAME, "UPDATE", List.of("SUCCEEDED"), List.of());
    done.listed = false;
    cloud.operations.put(id, done);

    DeployReport report =
        deployer(Set.of()).deploy(input(TEMPLATE, unit("member-baseline", NAME, List.of())));

    assertThat(events)
        .extracting(DeployEvent::line)
        .contains(
            "member-baseline: operation " + id + " was started earlier (SUCCEEDED); following it");
    assertThat(report.units().get(0).status()).isEqualTo(DeployReport.Status.ERROR);
    assertThat(report.units().get(0).error())
        .isEqualTo(
            "after operation "
                + id
                + " the stack set still differs from the manifest: template: [+] AWS::SNS::Topic Topic create");
  }
}
