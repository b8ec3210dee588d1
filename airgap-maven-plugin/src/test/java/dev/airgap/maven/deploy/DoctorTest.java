package dev.airgap.maven.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.airgap.generator.manifest.DeploymentManifest;
import dev.airgap.generator.manifest.DeploymentUnit;
import dev.airgap.generator.manifest.DeploymentUnit.AccountFilterType;
import dev.airgap.generator.manifest.DeploymentUnit.PermissionModel;
import dev.airgap.generator.manifest.DeploymentUnit.UnitKind;
import dev.airgap.generator.manifest.DeploymentUnit.UnitTargets;
import dev.airgap.generator.units.CentralVaultUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Doctor checks that moto cannot set up: delegated admin, RAM, suspended accounts, the management
 * account as central.
 */
class DoctorTest {
  private static final String OU = "ou-ab12-members1";

  private final FakeCloud cloud = new FakeCloud();

  private DeployInput input(String callAs, String centralAccount, String template) {
    DeploymentUnit central =
        DeploymentUnit.builder(CentralVaultUnit.ID, UnitKind.STACK_SET, "airgap-central-vault")
            .permissionModel(PermissionModel.SERVICE_MANAGED)
            .targets(
                new UnitTargets(
                    List.of(OU), List.of(centralAccount), AccountFilterType.INTERSECTION))
            .regions(List.of("eu-west-1"))
            .templateFile(CentralVaultUnit.ID.fileName())
            .build();
    return new DeployInput(
        new DeploymentManifest(
            1,
            "o-fake",
            cloud.managementAccount,
            DeploymentManifest.CallAs.valueOf(callAs),
            List.of(central)),
        Map.of(CentralVaultUnit.ID.value(), template));
  }

  @Test
  @DisplayName("a delegated admin that is not registered fails with the register command")
  void delegatedAdminNotRegistered() {
    cloud.ous.put(OU, List.of(new Organization.Account("222222222222", "central", "ACTIVE")));

    Doctor.Report report =
        new Doctor(cloud, cloud).check(input("DELEGATED_ADMIN", "222222222222", "Resources: {}\n"));

    assertThat(report.render())
        .contains(
            "✗ delegated admin 111111111111 registered for StackSets - registered: []\n"
                + "    fix: aws organizations register-delegated-administrator --account-id 111111111111 --service-principal "
                + "member.org.stacksets.cloudformation.amazonaws.com (from the management account)\n");
    assertThat(report.hasFailures()).isTrue();
  }

  @Test
  @DisplayName("a shared vault needs trusted access for RAM")
  void sharedVaultNeedsRam() {
    cloud.ous.put(OU, List.of(new Organization.Account("222222222222", "central", "ACTIVE")));

    Doctor.Report report =
        new Doctor(cloud, cloud)
            .check(
                input(
                    "SELF",
                    "222222222222",
                    "Resources:\n  Share:\n    Type: AWS::RAM::ResourceShare\n"));

    assertThat(report.render())
        .contains(
            "✗ trusted access for RAM (the vault is shared) - ram.amazonaws.com is not enabled\n"
                + "    fix: aws ram enable-sharing-with-aws-organization (from the management account)\n");
  }

  @Test
  @DisplayName(
      "trusted access is checked for what the templates' resources need, read from the resource-facts table")
  void serviceAccessFromResourceTypes() {
    cloud.ous.put(OU, List.of(new Organization.Account("222222222222", "central", "ACTIVE")));
    String vault = "Resources:\n  Vault:\n    Type: AWS::Backup::LogicallyAirGappedBackupVault\n";

    String unshared = new Doctor(cloud, cloud).check(input("SELF", "222222222222", vault)).render();
    String nothing =
        new Doctor(cloud, cloud).check(input("SELF", "222222222222", "Resources: {}\n")).render();

    assertThat(unshared)
        .contains("✓ trusted access for AWS Backup - backup.amazonaws.com\n")
        .doesNotContain("RAM");
    assertThat(nothing).doesNotContain("trusted access for AWS Backup");
  }

  @Test
  @DisplayName("a suspended central account fails, and everything else passes")
  void suspendedCentralAccount() {
    cloud.ous.put(OU, List.of(new Organization.Account("222222222222", "central", "SUSPENDED")));

    Doctor.Report report =
        new Doctor(cloud, cloud).check(input("SELF", "222222222222", "Resources: {}\n"));

    assertThat(report.checks())
        .filteredOn(c -> c.mark() == Doctor.Mark.FAIL)
        .extracting(Doctor.Check::title)
        .containsExactly("central account 222222222222 belongs to the organization");
    assertThat(report.render())
        .contains("✓ target " + OU + " exists - " + OU + ", reaches 0 active account(s)")
        .contains("✓ trusted access for StackSets - DescribeOrganizationsAccess ENABLED")
        .contains("✓ BACKUP_POLICY enabled on root r-fake");
  }

  @Test
  @DisplayName(
      "the management account cannot be the central account of a service-managed stack set")
  void managementAccountAsCentral() {
    cloud.ous.put(
        OU, List.of(new Organization.Account(cloud.managementAccount, "management", "ACTIVE")));

    Doctor.Report report =
        new Doctor(cloud, cloud).check(input("SELF", cloud.managementAccount, "Resources: {}\n"));

    assertThat(report.render())
        .contains(
            "✗ central account is not the management account - 111111111111\n"
                + "    fix: choose another central account in airgap.yaml (central.account): service-managed stack sets never reach the"
                + " management account (facts §8.3)\n");
  }

  @Test
  @DisplayName("a check the endpoint cannot answer is '?', never ✓")
  void unansweredCheckIsNotAPass() {
    FakeCloud failing =
        new FakeCloud() {
          @Override
          public String organizationsAccess(CallAs callAs) {
            throw new CloudCallException(
                CloudCallException.Kind.ACCESS_DENIED,
                "DescribeOrganizationsAccess",
                "AccessDenied",
                "req-9",
                "not allowed",
                null);
          }

          @Override
          public Optional<String> organizationalUnitName(String ouId) {
            return Optional.of("members");
          }
        };

    Doctor.Report report =
        new Doctor(failing, failing).check(input("SELF", "222222222222", "Resources: {}\n"));

    assertThat(report.render())
        .contains(
            "? trusted access for StackSets - not checked (emulator/permission): DescribeOrganizationsAccess answered AccessDenied\n");
  }
}
