package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.VaultKind;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG2008: the standard central vault's lock has a maxRetentionDays. */
public final class CentralLockWithoutMaxRetention implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG2008",
          Severity.WARNING,
          "The standard central vault lock should set maxRetentionDays",
          "Without a maximum, a plan that keeps copies for decades (or forever) is "
              + "accepted, and under a compliance lock the cost can never be reduced; a maximum "
              + "also documents the retention policy (AWS Backup API "
              + "PutBackupVaultLockConfigurationInput; docs/aws-facts.md §2.2).",
          "Add maxRetentionDays to central.vault.lock.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    String p = "/central/vault/lock/maxRetentionDays";
    if (context.isUsable("/central/vault/kind")
        && model.central().vault().kind() == VaultKind.STANDARD
        && context.isUsable(p)
        && model.central().vault().lock().maxRetentionDays().isEmpty()) {
      context.report(
          p,
          "is not set, so copies of any retention, however long, are accepted",
          "add maxRetentionDays: the longest retention a plan may give a copy");
    }
  }
}
