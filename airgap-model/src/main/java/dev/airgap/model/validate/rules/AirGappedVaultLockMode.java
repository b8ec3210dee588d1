package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.LockMode;
import dev.airgap.model.VaultKind;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG2011: lock mode compliance on a logically air-gapped central vault. */
public final class AirGappedVaultLockMode implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG2011",
          Severity.ERROR,
          "A logically air-gapped vault is compliance-locked",
          "Every logically air-gapped vault carries a Vault Lock in compliance mode; "
              + "writing governance misstates what AWS creates (AWS Backup developer guide, "
              + "logically air-gapped vaults; docs/aws-facts.md §3.1).",
          "Write mode: compliance for a logically air-gapped vault.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    String p = "/central/vault/lock/mode";
    if (context.isUsable("/central/vault/kind")
        && model.central().vault().kind() == VaultKind.LOGICALLY_AIR_GAPPED
        && context.isUsable(p)
        && model.central().vault().lock().mode() != LockMode.COMPLIANCE) {
      context.report(
          p,
          "is governance, but a logically air-gapped vault is always compliance-locked",
          "write mode: compliance; the retention of a logically air-gapped vault never changes after creation");
    }
  }
}
