package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.MemberAirGappedVault;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG4403: the member logically air-gapped vault's retention range is one AWS Backup accepts. */
public final class MemberAirGappedVaultRetention implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG4403",
          Severity.ERROR,
          "The member logically air-gapped vault's retention range is not one AWS accepts",
          "CreateLogicallyAirGappedBackupVault requires MinRetentionDays ≥ 7 and MaxRetentionDays,"
              + " both fixed at creation; retention is at most 36,500 days (AWS Backup API"
              + " CreateLogicallyAirGappedBackupVault; docs/aws-facts.md §3.1, §20).",
          "Use 7 ≤ minRetentionDays ≤ maxRetentionDays ≤ 36500.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    if (model.members().airGappedVault().isEmpty()) {
      return;
    }
    MemberAirGappedVault vault = model.members().airGappedVault().get();
    String min = "/members/airGappedVault/minRetentionDays";
    String max = "/members/airGappedVault/maxRetentionDays";
    boolean minUsable = context.isUsable(min);
    if (minUsable && vault.minRetentionDays() < 7) {
      context.report(
          min,
          "must be ≥ 7 for a logically air-gapped vault (is " + vault.minRetentionDays() + ")",
          "AWS Backup requires a minimum retention of 7 days in logically air-gapped vaults");
    }
    if (context.isUsable(max) && vault.maxRetentionDays() > 36_500) {
      context.report(
          max, "must be ≤ 36500 (is " + vault.maxRetentionDays() + ")", "use at most 36500 days");
    } else if (minUsable
        && context.isUsable(max)
        && vault.maxRetentionDays() < vault.minRetentionDays()) {
      context.report(
          max,
          "is below minRetentionDays ("
              + vault.maxRetentionDays()
              + " < "
              + vault.minRetentionDays()
              + ")",
          "make maxRetentionDays at least minRetentionDays");
    }
  }
}
