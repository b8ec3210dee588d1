package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.VaultKind;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG2014: recoveryAccounts given for a standard central vault. */
public final class RecoveryAccountsUnused implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG2014",
          Severity.WARNING,
          "recoveryAccounts is used only by a logically air-gapped vault",
          "Only logically air-gapped vaults are shared through AWS RAM; for a standard "
              + "vault the recovery accounts are ignored (AWS Backup developer guide, logically "
              + "air-gapped vaults; docs/aws-facts.md §3.1, §3.2).",
          "Remove central.recoveryAccounts, or set central.vault.kind: " + "logically-air-gapped.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    String p = "/central/recoveryAccounts";
    if (context.isUsable("/central/vault/kind")
        && model.central().vault().kind() == VaultKind.STANDARD
        && context.isUsable(p)
        && !model.central().recoveryAccounts().isEmpty()) {
      context.report(
          p,
          "is ignored: a standard vault is not shared through RAM",
          "remove recoveryAccounts, or set central.vault.kind: logically-air-gapped");
    }
  }
}
