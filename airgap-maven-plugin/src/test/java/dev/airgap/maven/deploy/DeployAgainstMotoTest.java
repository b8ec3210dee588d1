package dev.airgap.maven.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;

/**
 * Deploy, plan, doctor and drift against a real AWS API emulator ({@code moto_server}) over
 * loopback, with real SDK clients.
 */
class DeployAgainstMotoTest extends AgainstMoto {

  private final List<DeployEvent> events = new java.util.concurrent.CopyOnWriteArrayList<>();

  @Test
  @DisplayName(
      "a first deploy creates every stack set, instance and stack; a second deploy makes no mutating call")
  void firstDeployThenNoOp() throws IOException {
    // Given
    MotoOrg org = MotoOrg.create(clients.organizations(), true);
    DeployInput input = org.writeManifest(dir, Map.of());
    counter.clear();

    // When
    DeployReport first = deployer(Set.of("airgap-central"), events::add).deploy(input);
    Map<String, Map<String, Integer>> firstCalls = counter.byTarget();

    // Then
    assertThat(first.isSuccess()).as(first.render()).isTrue();
    CloudFormationClient cfn = clients.cloudFormation(MotoOrg.REGION);
    assertThat(cfn.listStackSets(r -> r.callAs("SELF")).summaries())
        .extracting(s -> s.stackSetName())
        .containsExactlyInAnyOrder(
            "airgap-central-vault", "airgap-central-alerts", "airgap-member-baseline");
    assertThat(instances(cfn, "airgap-central-vault"))
        .containsExactly(
            org.centralAccount() + "/eu-central-1", org.centralAccount() + "/eu-west-1");
    assertThat(instances(cfn, "airgap-central-alerts"))
        .containsExactly(org.centralAccount() + "/eu-west-1");
    assertThat(instances(cfn, "airgap-member-baseline"))
        .containsExactlyElementsOf(
            org.memberAccounts().stream().sorted().map(a -> a + "/eu-west-1").toList());
    assertThat(
            cfn.describeStacks(r -> r.stackName("airgap-management"))
                .stacks()
                .get(0)
                .stackStatusAsString())
        .isEqualTo("CREATE_COMPLETE");
    assertThat(first.units())
        .extracting(DeployReport.UnitOutcome::unitId)
        .containsExactly("central-vault", "central-alerts", "member-baseline", "management");

    // When: the unchanged manifest again
    counter.clear();
    DeployReport second = deployer(Set.of(), events::add).deploy(input);

    // Then: only reads
    assertThat(second.isSuccess()).as(second.render()).isTrue();
    assertThat(second.plan().hasChanges()).isFalse();
    assertThat(counter.mutating()).as("mutating calls of a no-op deploy").isEmpty();
    Map<String, Map<String, Integer>> noOpCalls = counter.byTarget();
    writeBenchmark(firstCalls, noOpCalls);
  }

  @Test
  @DisplayName("a template change updates exactly the affected unit")
  void templateChangeUpdatesOneUnit() throws IOException {
    MotoOrg org = MotoOrg.create(clients.organizations(), true);
    DeployInput input = org.writeManifest(dir, Map.of());
    assertThat(deployer(Set.of("airgap-central"), events::add).deploy(input).isSuccess()).isTrue();

    // Given: member-baseline changes
    String extra = "Outputs:\n  Marker:\n    Value: changed\n";
    DeployInput changed = org.writeManifest(dir, Map.of("member-baseline", extra));
    counter.clear();

    // When
    LivePlan plan = deployer(Set.of(), events::add).plan(changed);
    DeployReport report = deployer(Set.of(), events::add).deploy(changed);

    // Then
    assertThat(plan.units())
        .filteredOn(LivePlan.UnitPlan::changes)
        .extracting(LivePlan.UnitPlan::unitId)
        .containsExactly("member-baseline");
    assertThat(plan.render())
        .contains("[~] member-baseline (stack set airgap-member-baseline): update");
    assertThat(report.isSuccess()).as(report.render()).isTrue();
    assertThat(counter.mutating())
        .containsExactly(new CallCounter.Call("UpdateStackSet", "airgap-member-baseline"));
    assertThat(
            clients
                .cloudFormation(MotoOrg.REGION)
                .describeStackSet(r -> r.stackSetName("airgap-member-baseline").callAs("SELF"))
                .stackSet()
                .templateBody())
        .endsWith(extra);
  }

  @Test
  @DisplayName(
      "a stack whose template text changes without changing resources gets an empty change set: a no-op, not an error")
  void emptyChangeSetIsNoOp() throws IOException {
    MotoOrg org = MotoOrg.create(clients.organizations(), true);
    assertThat(
            deployer(Set.of("airgap-central"), events::add)
                .deploy(org.writeManifest(dir, Map.of()))
                .isSuccess())
        .isTrue();
    DeployInput commented =
        org.writeManifest(
            dir, Map.of("management", "# a comment changes the text, not the stack\n"));
    counter.clear();

    DeployReport report = deployer(Set.of(), events::add).deploy(commented);

    assertThat(report.isSuccess()).as(report.render()).isTrue();
    assertThat(report.units().get(3).actions()).containsExactly("no change (empty change set)");
    // facts §9: the change set fails with "didn't contain changes"; only that empty change set is
    // removed.
    assertThat(counter.mutating())
        .containsExactly(
            new CallCounter.Call("CreateChangeSet", "airgap-management"),
            new CallCounter.Call("DeleteChangeSet", "airgap-management"));
  }

  @Test
  @DisplayName(
      "the plan of a first deploy marks the compliance-locked vault IRREVERSIBLE and deploy refuses it unconfirmed")
  void irreversibleGuardAgainstMoto() throws IOException {
    MotoOrg org = MotoOrg.create(clients.organizations(), true);
    DeployInput input = org.writeManifest(dir, Map.of());
    counter.clear();

    DeployReport report = deployer(Set.of(), events::add).deploy(input);

    assertThat(report.plan().render())
        .contains(
            "[~] central-vault (stack set airgap-central-vault): create  IRREVERSIBLE: "
                + "creates or changes compliance lock on airgap-central");
    assertThat(report.units().get(0).status()).isEqualTo(DeployReport.Status.REFUSED);
    assertThat(counter.mutating()).isEmpty();
  }

  @Test
  @DisplayName(
      "doctor on an organization without BACKUP_POLICY reports ✗ with the fix, and ? for what moto cannot answer")
  void doctorReportsDisabledPolicyType() throws IOException {
    // Given
    MotoOrg org = MotoOrg.create(clients.organizations(), false);
    DeployInput input = org.writeManifest(dir, Map.of());

    // When
    Doctor.Report report = new Doctor(clients.stackSets(), clients.organization()).check(input);
    String text = report.render();
    System.out.println(text);

    // Then
    assertThat(report.hasFailures()).isTrue();
    assertThat(text)
        .contains(
            "✗ BACKUP_POLICY enabled on root "
                + org.rootId()
                + " - DISABLED\n"
                + "    fix: aws organizations enable-policy-type --root-id "
                + org.rootId()
                + " --policy-type BACKUP_POLICY\n");
    assertThat(text).contains("✓ SERVICE_CONTROL_POLICY enabled on root " + org.rootId());
    assertThat(text).contains("✓ all features enabled");
    assertThat(text).contains("✓ trusted access for AWS Backup");
    assertThat(text)
        .contains(
            "✓ target " + org.workloadsOu() + " exists - workloads, reaches 2 active account(s)");
    assertThat(text)
        .contains("✓ central account " + org.centralAccount() + " belongs to the organization");
    // moto 5.2.1 answers DescribeOrganizationsAccess with HTTP 500: reported honestly, never as ✓
    assertThat(text)
        .contains(
            "? trusted access for StackSets - not checked (emulator/permission): DescribeOrganizationsAccess");
  }

  @Test
  @DisplayName("drift against moto is reported as not checked, never as in sync")
  void driftIsHonest() throws IOException {
    MotoOrg org = MotoOrg.create(clients.organizations(), true);
    DeployInput input = org.writeManifest(dir, Map.of());
    assertThat(deployer(Set.of("airgap-central"), events::add).deploy(input).isSuccess()).isTrue();

    DriftReport drift = deployer(Set.of(), events::add).drift(input);
    System.out.println(drift.render());

    assertThat(drift.units())
        .extracting(DriftReport.UnitDrift::state)
        .doesNotContain(DriftReport.State.IN_SYNC);
    assertThat(drift.allChecked()).isFalse();
    assertThat(drift.render())
        .contains(
            "? not checked: central-vault (airgap-central-vault) - DetectStackSetDrift failed");
  }

  @Test
  @DisplayName(
      "examples/basic compiled by the generator deploys through DeployInput, and a second deploy makes no mutating call")
  void generatedExampleDeploysThenNoOp() throws IOException {
    // Given: the example's model with moto's organization ids, compiled and written as
    // airgap:generate would
    MotoOrg org = MotoOrg.create(clients.organizations(), true);
    DeployInput input = compileBasic(org, s -> s);

    // When
    DeployReport first = deployer(Set.of(), events::add).deploy(input);

    // Then: every generated unit exists with the generated template
    assertThat(first.isSuccess()).as(first.render()).isTrue();
    assertThat(first.units())
        .extracting(DeployReport.UnitOutcome::unitId)
        .containsExactlyElementsOf(input.manifest().units().stream().map(u -> u.id()).toList());
    CloudFormationClient cfn = clients.cloudFormation(MotoOrg.REGION);
    for (var unit : input.manifest().units()) {
      String live =
          unit.kind() == dev.airgap.generator.manifest.DeploymentUnit.UnitKind.STACK
              ? clients
                  .cloudFormation(unit.regions().get(0))
                  .getTemplate(r -> r.stackName(unit.name()))
                  .templateBody()
              : cfn.describeStackSet(r -> r.stackSetName(unit.name()).callAs("SELF"))
                  .stackSet()
                  .templateBody();
      assertThat(live).as(unit.id()).isEqualTo(input.template(unit));
    }
    assertThat(instances(cfn, "airgap-member-baseline"))
        .containsExactlyElementsOf(
            org.memberAccounts().stream().sorted().map(a -> a + "/eu-west-1").toList());

    // When: the same files again
    counter.clear();
    DeployReport second = deployer(Set.of(), events::add).deploy(compileBasic(org, s -> s));

    // Then
    assertThat(second.isSuccess()).as(second.render()).isTrue();
    assertThat(second.plan().hasChanges()).as(second.plan().render()).isFalse();
    assertThat(counter.mutating()).as("mutating calls of a no-op deploy").isEmpty();
  }

  @Test
  @DisplayName(
      "a logically air-gapped vault with multi-party approval deploys: the approval-team stack lands in the management account's Identity Center Region; moto accepts its MPA and RAM resources without creating them")
  void approvalTeamDeploys() throws IOException {
    // Given
    MotoOrg org = MotoOrg.create(clients.organizations(), true);
    DeployInput input =
        compileBasic(
            org,
            s ->
                s.replace(
                        "    name: airgap-central\n    lock:\n      mode: governance\n",
                        "    name: airgap-lag\n    kind: logically-air-gapped\n    lock:\n      mode: compliance\n")
                    .replace(
                        "  alerts:\n    email: [security@example.com]\n",
                        "  alerts:\n    email: [security@example.com]\n"
                            + "  recoveryAccounts: [\"444444444444\"]\n"
                            + "  multiPartyApproval:\n"
                            + "    account: \""
                            + org.managementAccount()
                            + "\"\n"
                            + "    identityCenterInstanceArn: arn:aws:sso:::instance/ssoins-1234567890abcdef\n"
                            + "    identityCenterRegion: us-east-1\n"
                            + "    approvers: [user-1, user-2, user-3]\n"
                            + "    minApprovals: 2\n"));
    var unit =
        input.manifest().units().stream()
            .filter(u -> u.id().equals("approval-team"))
            .findFirst()
            .orElseThrow();
    assertThat(unit.targets().accounts()).containsExactly(org.managementAccount());
    assertThat(unit.regions()).containsExactly("us-east-1");

    // When
    DeployReport report = deployer(Set.of("airgap-lag"), events::add).deploy(input);

    // Then
    assertThat(report.isSuccess()).as(report.render()).isTrue();
    CloudFormationClient east = clients.cloudFormation("us-east-1");
    assertThat(east.getTemplate(r -> r.stackName(unit.name())).templateBody())
        .isEqualTo(input.template(unit));
    // moto has no MPA and no CloudFormation support for RAM: it records one placeholder per
    // resource, complete but without type, logical or physical id, i.e. nothing is created.
    assertThat(
            east.listStackResources(r -> r.stackName(unit.name())).stackResourceSummaries().stream()
                .map(
                    r ->
                        r.resourceType()
                            + " "
                            + r.resourceStatusAsString()
                            + " physical="
                            + (r.physicalResourceId() == null ? "" : r.physicalResourceId()))
                .toList())
        .containsExactly(
            " CREATE_COMPLETE physical=",
            " CREATE_COMPLETE physical=",
            " CREATE_COMPLETE physical=");
  }

  @Test
  @DisplayName(
      "Identity Center break-glass deploys: its stack lands in the management account's Identity Center Region, next to the break-glass stack set's restore service role")
  void identityCenterBreakGlassDeploys() throws IOException {
    // Given: examples/basic with both purposes reached through Identity Center groups
    MotoOrg org = MotoOrg.create(clients.organizations(), true);
    DeployInput input =
        compileBasic(
            org,
            s ->
                s.replace(
                    "  alerts:\n",
                    "  breakGlass:\n    identityCenter:\n"
                        + "      instanceArn: arn:aws:sso:::instance/ssoins-1234567890abcdef\n"
                        + "      region: us-east-1\n"
                        + "      restoreGroupId: 9a672b3314-1b2c3d4e-aaaa-bbbb-cccc-0123456789ab\n"
                        + "      vaultAdminGroupId: 9a672b3314-5f6a7b8c-dddd-eeee-ffff-0123456789ab\n"
                        + "  alerts:\n"));
    var unit =
        input.manifest().units().stream()
            .filter(u -> u.id().equals("break-glass-identity-center"))
            .findFirst()
            .orElseThrow();
    assertThat(unit.targets().accounts()).containsExactly(org.managementAccount());
    assertThat(unit.regions()).containsExactly("us-east-1");

    // When
    DeployReport report = deployer(Set.of(), events::add).deploy(input);

    // Then
    assertThat(report.isSuccess()).as(report.render()).isTrue();
    CloudFormationClient east = clients.cloudFormation("us-east-1");
    assertThat(east.getTemplate(r -> r.stackName(unit.name())).templateBody())
        .isEqualTo(input.template(unit));
    // moto has no CloudFormation support for AWS::SSO types: it records one placeholder per
    // permission set and assignment, complete but without type or physical id (nothing created).
    assertThat(
            east.listStackResources(r -> r.stackName(unit.name())).stackResourceSummaries().stream()
                .map(
                    r ->
                        r.resourceType()
                            + " "
                            + r.resourceStatusAsString()
                            + " physical="
                            + (r.physicalResourceId() == null ? "" : r.physicalResourceId()))
                .toList())
        .containsExactly(
            " CREATE_COMPLETE physical=",
            " CREATE_COMPLETE physical=",
            " CREATE_COMPLETE physical=",
            " CREATE_COMPLETE physical=");
    // The restore permission set passes the restore service role, which the break-glass stack set
    // creates in the central account.
    assertThat(instances(clients.cloudFormation(MotoOrg.REGION), "airgap-break-glass"))
        .containsExactly(org.centralAccount() + "/eu-west-1");
  }

  @Test
  @DisplayName(
      "break-glass roles: their stack set is deployed before the management stack whose SCP names them, and a second deploy makes no mutating call")
  void breakGlassDeploysBeforeTheGuardrail() throws IOException {
    // Given: examples/basic with break-glass roles for two users of the management account
    MotoOrg org = MotoOrg.create(clients.organizations(), true);
    java.util.function.UnaryOperator<String> breakGlass =
        s ->
            s.replace(
                "  alerts:\n",
                "  breakGlass:\n    restore: [arn:aws:iam::"
                    + org.managementAccount()
                    + ":user/alice]\n    vaultAdmin: [arn:aws:iam::"
                    + org.managementAccount()
                    + ":user/bob]\n  alerts:\n");
    DeployInput input = compileBasic(org, breakGlass);
    List<String> order = input.manifest().units().stream().map(u -> u.id()).toList();
    assertThat(order).contains("break-glass");
    assertThat(order.indexOf("break-glass")).isLessThan(order.indexOf("management"));

    // When
    DeployReport first = deployer(Set.of(), events::add).deploy(input);

    // Then: the stack set exists with the generated template and one instance, in the first
    // central region of the central account
    assertThat(first.isSuccess()).as(first.render()).isTrue();
    CloudFormationClient cfn = clients.cloudFormation(MotoOrg.REGION);
    var unit =
        input.manifest().units().stream().filter(u -> u.id().equals("break-glass")).findFirst();
    assertThat(
            cfn.describeStackSet(r -> r.stackSetName("airgap-break-glass").callAs("SELF"))
                .stackSet()
                .templateBody())
        .isEqualTo(input.template(unit.orElseThrow()));
    assertThat(instances(cfn, "airgap-break-glass"))
        .containsExactly(org.centralAccount() + "/eu-west-1");

    // When: the same files again
    counter.clear();
    DeployReport second = deployer(Set.of(), events::add).deploy(compileBasic(org, breakGlass));

    // Then
    assertThat(second.isSuccess()).as(second.render()).isTrue();
    assertThat(counter.mutating()).as("mutating calls of a no-op deploy").isEmpty();
  }

  @Test
  @DisplayName(
      "rollback: examples/basic A -> B -> C -> B -> A; every deploy leaves the live template equal to the file, with a fresh OperationId")
  void rollbackToAnEarlierTemplateReallyDeploysIt() throws IOException {
    MotoOrg org = MotoOrg.create(clients.organizations(), true);
    java.util.function.UnaryOperator<String> a = s -> s;
    // The alert address changes a stack set (central-alerts), the retention a stack
    // (backup-policies-1).
    java.util.function.UnaryOperator<String> b =
        s ->
            s.replace("localRetentionDays: 14", "localRetentionDays: 21")
                .replace("security@example.com", "security-b@example.com");
    java.util.function.UnaryOperator<String> c =
        s ->
            s.replace("localRetentionDays: 14", "localRetentionDays: 30")
                .replace("security@example.com", "security-c@example.com");
    assertThat(deployer(Set.of(), events::add).deploy(compileBasic(org, a)).isSuccess()).isTrue();
    counter.clear();

    for (var edit : List.of(b, c, b, a)) {
      DeployInput input = compileBasic(org, edit);
      DeployReport report = deployer(Set.of(), events::add).deploy(input);
      System.out.println(report.render());

      assertThat(report.isSuccess()).as(report.render()).isTrue();
      for (var unit : input.manifest().units()) {
        String live =
            unit.kind() == dev.airgap.generator.manifest.DeploymentUnit.UnitKind.STACK
                ? clients
                    .cloudFormation(unit.regions().get(0))
                    .getTemplate(r -> r.stackName(unit.name()))
                    .templateBody()
                : clients
                    .cloudFormation(MotoOrg.REGION)
                    .describeStackSet(r -> r.stackSetName(unit.name()).callAs("SELF"))
                    .stackSet()
                    .templateBody();
        assertThat(live).as(unit.id()).isEqualTo(input.template(unit));
      }
    }
    // moto accepts a reused OperationId; AWS answers OperationIdAlreadyExistsException for a
    // finished
    // one (facts §8.5), which is how the old ids turned B -> C -> B into a silent no-op.
    List<String> updateIds = counter.operationIds("UpdateStackSet");
    assertThat(updateIds).hasSize(4).doesNotHaveDuplicates();
  }

  private static List<String> instances(CloudFormationClient cfn, String name) {
    return cfn.listStackInstances(r -> r.stackSetName(name).callAs("SELF")).summaries().stream()
        .map(s -> s.account() + "/" + s.region())
        .sorted()
        .distinct()
        .toList();
  }

  /**
   * target/deploy-benchmark.md: API calls per unit, first deploy and no-op deploy (copied into
   * BENCHMARKS-deploy.md).
   */
  private static void writeBenchmark(
      Map<String, Map<String, Integer>> first, Map<String, Map<String, Integer>> noOp)
      throws IOException {
    StringBuilder out = new StringBuilder();
    out.append(
        "| target | first deploy: calls | first deploy: mutating | no-op deploy: calls | no-op deploy: mutating |\n");
    out.append("|---|---|---|---|---|\n");
    Set<String> targets = new java.util.TreeSet<>(first.keySet());
    targets.addAll(noOp.keySet());
    for (String t : targets) {
      out.append("| ")
          .append(t)
          .append(" | ")
          .append(describe(first.get(t), false))
          .append(" | ")
          .append(describe(first.get(t), true))
          .append(" | ")
          .append(describe(noOp.get(t), false))
          .append(" | ")
          .append(describe(noOp.get(t), true))
          .append(" |\n");
    }
    out.append("| **total** | ")
        .append(total(first, false))
        .append(" | ")
        .append(total(first, true))
        .append(" | ")
        .append(total(noOp, false))
        .append(" | ")
        .append(total(noOp, true))
        .append(" |\n");
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "deploy-benchmark.md"), out.toString());
    System.out.println(out);
  }

  private static String describe(Map<String, Integer> calls, boolean mutatingOnly) {
    if (calls == null) {
      return "0";
    }
    Map<String, Integer> shown = new TreeMap<>();
    calls.forEach(
        (op, n) -> {
          if (!mutatingOnly || new CallCounter.Call(op, "").isMutating()) {
            shown.put(op, n);
          }
        });
    int sum = shown.values().stream().mapToInt(Integer::intValue).sum();
    return sum == 0
        ? "0"
        : sum
            + " ("
            + shown.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "))
            + ")";
  }

  private static int total(Map<String, Map<String, Integer>> calls, boolean mutatingOnly) {
    List<Integer> n = new ArrayList<>();
    calls
        .values()
        .forEach(
            m ->
                m.forEach(
                    (op, c) -> {
                      if (!mutatingOnly || new CallCounter.Call(op, "").isMutating()) {
                        n.add(c);
                      }
                    }));
    return n.stream().mapToInt(Integer::intValue).sum();
  }
}
