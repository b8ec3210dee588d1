package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.BackupPlan;
import dev.airgap.model.BackupTarget;
import dev.airgap.model.MemberAirGappedVault;
import dev.airgap.model.validate.ModelFields;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/**
 * AG4402: a plan that writes directly into the member logically air-gapped vault keeps its points
 * within that vault's retention range, or AWS Backup fails every job.
 */
public final class DirectTargetRetentionOutsideAirGappedVault implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG4402",
          Severity.ERROR,
          "A direct backup into the logically air-gapped vault has a retention outside the vault's"
              + " range",
          "Any backup or copy job into a logically air-gapped vault must have a retention between"
              + " its MinRetentionDays and MaxRetentionDays, or the vault fails the job (AWS Backup"
              + " API CreateLogicallyAirGappedBackupVault; docs/aws-facts.md §20).",
          "Set localRetentionDays between members.airGappedVault.minRetentionDays and"
              + " maxRetentionDays.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    if (model.members().airGappedVault().isEmpty()
        || !context.isUsable("/members/airGappedVault/minRetentionDays")
        || !context.isUsable("/members/airGappedVault/maxRetentionDays")) {
      return;
    }
    MemberAirGappedVault vault = model.members().airGappedVault().get();
    for (BackupPlan plan : ModelFields.plans(model, context)) {
      String p = ModelFields.plan(plan) + "/localRetentionDays";
      if (plan.backupTarget() != BackupTarget.LOGICALLY_AIR_GAPPED_VAULT || !context.isUsable(p)) {
        continue;
      }
      int days = plan.localRetentionDays();
      if (days < vault.minRetentionDays() || days > vault.maxRetentionDays()) {
        context.report(
            p,
            days
                + " days is outside the logically air-gapped vault's range "
                + vault.minRetentionDays()
                + " … "
                + vault.maxRetentionDays()
                + " days; AWS Backup fails every job of this plan",
            "keep the plan's retention inside members.airGappedVault's range");
      }
    }
  }
}
