package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.VaultKind;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG2012: no changeableForDays on a logically air-gapped central vault. */
public final class AirGappedVaultChangeableForDays implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG2012",
          Severity.ERROR,
          "A logically air-gapped vault has no changeableForDays",
          "CreateLogicallyAirGappedBackupVault takes only MinRetentionDays and "
              + "MaxRetentionDays; the lock is fixed at creation, with no grace period (AWS "
              + "Backup API CreateLogicallyAirGappedBackupVaultInput; docs/aws-facts.md §3.1).",
          "Remove changeableForDays from central.vault.lock.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    String p = "/central/vault/lock/changeableForDays";
    if (context.isUsable("/central/vault/kind")
        && model.central().vault().kind() == VaultKind.LOGICALLY_AIR_GAPPED
        && context.isUsable(p)
        && model.central().vault().lock().changeableForDays().isPresent()) {
      context.report(
          p,
          "is not allowed for a logically air-gapped vault: its lock is fixed when it is created",
          "remove changeableForDays");
    }
  }
}
