package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.VaultKind;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG2009: minRetentionDays ≥ 7 on a logically air-gapped central vault. */
public final class AirGappedVaultMinRetention implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG2009",
          Severity.ERROR,
          "A logically air-gapped vault keeps backups at least 7 days",
          "CreateLogicallyAirGappedBackupVault requires MinRetentionDays ≥ 7 (AWS Backup "
              + "API CreateLogicallyAirGappedBackupVaultInput; docs/aws-facts.md §3.1).",
          "Set central.vault.lock.minRetentionDays to 7 or more.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    String p = "/central/vault/lock/minRetentionDays";
    int min = model.central().vault().lock().minRetentionDays();
    // Below 1 is AG2001's finding; reporting it twice would only add noise.
    if (context.isUsable("/central/vault/kind")
        && model.central().vault().kind() == VaultKind.LOGICALLY_AIR_GAPPED
        && context.isUsable(p)
        && min >= 1
        && min < 7) {
      context.report(
          p,
          "must be ≥ 7 for a logically air-gapped vault (is " + min + ")",
          "AWS Backup requires a minimum retention of 7 days in logically air-gapped vaults");
    }
  }
}
