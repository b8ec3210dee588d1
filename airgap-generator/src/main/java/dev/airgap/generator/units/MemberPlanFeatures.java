package dev.airgap.generator.units;

import dev.airgap.generator.cfn.CfnValue;
import dev.airgap.generator.cfn.Resource;
import dev.airgap.generator.cfn.Template;
import dev.airgap.generator.policy.PlanFeatures;
import dev.airgap.model.AirGapModel;
import dev.airgap.model.MalwareScan;
import java.util.ArrayList;
import java.util.List;

/**
 * What the member baseline adds when plans scan for malware or index backups (docs/aws-facts.md
 * §4.7): AWS Backup passes the scanner role to GuardDuty after each backup, so the backup role
 * needs {@code AWSBackupServiceRolePolicyForScans}; the scanner role itself trusts {@code
 * malware-protection.guardduty.amazonaws.com} and holds {@code
 * AWSBackupGuardDutyRolePolicyForScans}; EBS snapshot indexes need {@code
 * AWSBackupServiceRolePolicyForIndexing} on the backup role. Nothing is added for a model without
 * those features, so existing stacks do not change.
 */
final class MemberPlanFeatures {
  static final String SCANNER_ROLE = "MalwareScannerRole";
  static final String GUARDDUTY_MALWARE_PROTECTION = "malware-protection.guardduty.amazonaws.com";

  private MemberPlanFeatures() {}

  /** AWS managed policies the backup role needs beyond the four it always has. */
  static List<String> backupRolePolicies(AirGapModel model) {
    List<String> policies = new ArrayList<>();
    if (PlanFeatures.anyScan(model)) {
      policies.add("AWSBackupServiceRolePolicyForScans");
    }
    if (PlanFeatures.anyEbsIndex(model)) {
      policies.add("AWSBackupServiceRolePolicyForIndexing");
    }
    return policies;
  }

  /**
   * The role GuardDuty assumes to read the new recovery points, with exactly the name the backup
   * policy's {@code scanner_role_arn} names. The member SCP guards it like the backup role: a
   * member admin who re-trusts or deletes it stops the scans silently.
   */
  static void scannerRole(AirGapModel model, Template.Builder t, String condition) {
    if (!PlanFeatures.anyScan(model)) {
      return;
    }
    t.resource(
        SCANNER_ROLE,
        Resource.of(
                "AWS::IAM::Role",
                CfnValue.map()
                    .put("RoleName", MalwareScan.scannerRoleName(model.members().backupRoleName()))
                    .put(
                        "Description",
                        "airgap: GuardDuty Malware Protection reads new recovery points with this"
                            + " role to scan them")
                    .put(
                        "AssumeRolePolicyDocument",
                        Statements.serviceMayAssume(GUARDDUTY_MALWARE_PROTECTION))
                    .put(
                        "ManagedPolicyArns",
                        CfnValue.list(
                            List.of(
                                CfnValue.sub(
                                    "arn:${AWS::Partition}:iam::aws:policy/"
                                        + "AWSBackupGuardDutyRolePolicyForScans"))))
                    .build(),
                "/plans")
            .withCondition(condition));
  }
}
