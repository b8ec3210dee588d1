package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.BackupPlan;
import dev.airgap.model.BackupTarget;
import dev.airgap.model.validate.ModelFields;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/**
 * AG4401: a plan that writes directly into a logically air-gapped vault needs one in every member
 * account and region it runs in.
 */
public final class DirectTargetWithoutAirGappedVault implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG4401",
          Severity.ERROR,
          "A plan backs up directly into a logically air-gapped vault that does not exist",
          "target_logically_air_gapped_backup_vault_arn must name a logically air-gapped vault in"
              + " the same account and Region as the backed-up resource, written with $region and"
              + " $account (AWS Organizations backup policy syntax, rules table; AWS Backup, Primary"
              + " backups to logically air-gapped vaults; docs/aws-facts.md §4.7, §20). The central"
              + " vault is in another account, so only members.airGappedVault can be that target.",
          "Add members.airGappedVault (name, minRetentionDays, maxRetentionDays), or remove"
              + " backupTarget from the plan.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    if (model.members().airGappedVault().isPresent()) {
      return;
    }
    for (BackupPlan plan : ModelFields.plans(model, context)) {
      String p = ModelFields.plan(plan) + "/backupTarget";
      if (context.isUsable(p) && plan.backupTarget() == BackupTarget.LOGICALLY_AIR_GAPPED_VAULT) {
        context.report(
            p,
            "no logically air-gapped vault in the member accounts and regions "
                + String.join(", ", new java.util.TreeSet<>(model.members().regions()))
                + " where this plan runs; the backup jobs would fail",
            "add members.airGappedVault; AWS Backup writes primary backups only into a logically"
                + " air-gapped vault of the resource's own account and region, never the central"
                + " vault");
      }
    }
  }
}
