package dev.airgap.maven.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.airgap.generator.manifest.DeploymentManifest;
import dev.airgap.generator.manifest.DeploymentUnit;
import dev.airgap.generator.manifest.DeploymentUnit.AccountFilterType;
import dev.airgap.generator.manifest.DeploymentUnit.PermissionModel;
import dev.airgap.generator.manifest.DeploymentUnit.UnitKind;
import dev.airgap.generator.manifest.DeploymentUnit.UnitTargets;
import dev.airgap.generator.units.MemberBaselineUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** doctor's AWS Config recording check over a fake governance (docs/aws-facts.md §19.1). */
class DoctorConfigRecordingTest {
  private static final String OU = "ou-ab12-members1";
  private static final String FRAMEWORK =
      "Resources:\n  FrameworkAirgapDaily:\n    Type: AWS::Backup::Framework\n";

  private final FakeCloud cloud = new FakeCloud();

  private DeployInput input(String memberTemplate) {
    DeploymentUnit member =
        DeploymentUnit.builder(MemberBaselineUnit.ID, UnitKind.STACK_SET, "airgap-member-baseline")
            .permissionModel(PermissionModel.SERVICE_MANAGED)
            .targets(new UnitTargets(List.of(OU), List.of(), AccountFilterType.NONE))
            .regions(List.of("eu-central-1", "eu-west-1"))
            .templateFile(MemberBaselineUnit.ID.fileName())
            .build();
    return new DeployInput(
        new DeploymentManifest(
            1, "o-fake", cloud.managementAccount, DeploymentManifest.CallAs.SELF, List.of(member)),
        Map.of(MemberBaselineUnit.ID.value(), memberTemplate));
  }

  private String doctor(FakeGovernance g, String template) {
    return new Doctor(cloud, cloud, Optional.of(g)).check(input(template)).render();
  }

  @Test
  @DisplayName(
      "with frameworks: a recorder of every type passes, a stopped one and one missing a type fail"
          + " with the commands, and the member accounts are named as not visible")
  void recorders() {
    FakeGovernance g = FakeGovernance.plain(OU);
    g.recorders.put(
        "eu-west-1",
        List.of(new Governance.ConfigRecorder("default", true, true, List.of(), List.of())));
    g.recorders.put(
        "eu-central-1",
        List.of(
            new Governance.ConfigRecorder(
                "default",
                true,
                false,
                List.of("AWS::Backup::BackupPlan", "AWS::Backup::BackupVault"),
                List.of())));

    String report = doctor(g, FRAMEWORK);

    assertThat(report)
        .contains(
            "✓ AWS Config records AWS Backup resources in eu-west-1 (account "
                + cloud.managementAccount
                + ") - recorder default is recording them")
        .contains(
            "✗ AWS Config records AWS Backup resources in eu-central-1 (account "
                + cloud.managementAccount
                + ") - not recorded: AWS::Backup::BackupSelection, AWS::Backup::RecoveryPoint")
        .contains("aws configservice start-configuration-recorder --region eu-central-1")
        .contains("! AWS Config recording in the member and central accounts - not visible from");

    g.recorders.put(
        "eu-west-1",
        List.of(new Governance.ConfigRecorder("default", false, true, List.of(), List.of())));
    assertThat(doctor(g, FRAMEWORK))
        .contains(
            "in eu-west-1 (account " + cloud.managementAccount + ") - recorder default is stopped");
    g.recorders.clear();
    assertThat(doctor(g, FRAMEWORK)).contains("- no configuration recorder");
  }

  @Test
  @DisplayName("without frameworks doctor asks AWS Config nothing")
  void noFrameworks() {
    FakeGovernance g = FakeGovernance.plain(OU);
    assertThat(doctor(g, "Resources: {}\n")).doesNotContain("AWS Config");
  }

  @Test
  @DisplayName("an exclusion strategy that leaves out recovery points fails")
  void exclusion() {
    FakeGovernance g = FakeGovernance.plain(OU);
    for (String region : List.of("eu-west-1", "eu-central-1")) {
      g.recorders.put(
          region,
          List.of(
              new Governance.ConfigRecorder(
                  "default", true, true, List.of(), List.of("AWS::Backup::RecoveryPoint"))));
    }
    assertThat(doctor(g, FRAMEWORK)).contains("not recorded: AWS::Backup::RecoveryPoint");
  }

  @Test
  @DisplayName(
      "with missing-backup Config rules: a warning names the types and Regions every member"
          + " account must record; without them, none")
  void missingBackups() {
    String template =
        "Resources:\n  MissingBackupConfigRuleEbs:\n    Type: AWS::Config::ConfigRule\n"
            + "    Properties:\n      Scope:\n        ComplianceResourceTypes:\n"
            + "          - AWS::EC2::Volume\n  MissingBackupConfigRuleS3:\n"
            + "    Type: AWS::Config::ConfigRule\n    Properties:\n      Scope:\n"
            + "        ComplianceResourceTypes:\n          - AWS::S3::Bucket\n";
    FakeGovernance g = FakeGovernance.plain(OU);
    assertThat(doctor(g, template))
        .contains(
            "! AWS Config recording for the missing-backup notifications - every member account"
                + " must record AWS::EC2::Volume, AWS::S3::Bucket in eu-central-1, eu-west-1")
        .contains("describe-configuration-recorder-status");
    assertThat(doctor(g, FRAMEWORK)).doesNotContain("missing-backup notifications");
  }
}
