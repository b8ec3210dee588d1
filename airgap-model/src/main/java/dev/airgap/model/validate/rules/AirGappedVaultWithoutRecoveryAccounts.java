package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.VaultKind;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG2013: recoveryAccounts is not empty for a logically air-gapped central vault. */
public final class AirGappedVaultWithoutRecoveryAccounts implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG2013",
          Severity.WARNING,
          "A logically air-gapped vault should be shared with a recovery account",
          "The point of a logically air-gapped vault is that another account can restore "
              + "from it through a RAM share when the owning account is compromised or closed; "
              + "without a recovery account nobody outside the central account can restore (AWS "
              + "Backup developer guide, logically air-gapped vaults; docs/aws-facts.md §3.1, §3.2).",
          "Add central.recoveryAccounts with at least one account id.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    String p = "/central/recoveryAccounts";
    if (context.isUsable("/central/vault/kind")
        && model.central().vault().kind() == VaultKind.LOGICALLY_AIR_GAPPED
        && context.isUsable(p)
        && model.sharedWithAccounts().isEmpty()) {
      context.report(
          p,
          "is empty, so no other account can restore from the logically air-gapped vault",
          "add recoveryAccounts: [\"<account id>\"], an account outside the central account's blast radius");
    }
  }
}
