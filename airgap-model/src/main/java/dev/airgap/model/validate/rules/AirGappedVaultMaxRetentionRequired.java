package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.VaultKind;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG2010: maxRetentionDays is set on a logically air-gapped central vault. */
public final class AirGappedVaultMaxRetentionRequired implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG2010",
          Severity.ERROR,
          "A logically air-gapped vault needs maxRetentionDays",
          "CreateLogicallyAirGappedBackupVault requires MaxRetentionDays, and it can never "
              + "change after creation (AWS Backup API CreateLogicallyAirGappedBackupVaultInput; "
              + "docs/aws-facts.md §3.1).",
          "Add maxRetentionDays to central.vault.lock.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    String p = "/central/vault/lock/maxRetentionDays";
    if (context.isUsable("/central/vault/kind")
        && model.central().vault().kind() == VaultKind.LOGICALLY_AIR_GAPPED
        && context.isUsable(p)
        && model.central().vault().lock().maxRetentionDays().isEmpty()) {
      context.report(
          p,
          "is required for a logically air-gapped vault",
          "add maxRetentionDays; it is fixed when the vault is created");
    }
  }
}
