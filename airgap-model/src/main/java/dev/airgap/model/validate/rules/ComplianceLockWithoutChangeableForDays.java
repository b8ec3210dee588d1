package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.LockMode;
import dev.airgap.model.VaultKind;
import dev.airgap.model.VaultLock;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG2005: mode compliance on the standard central vault has changeableForDays. */
public final class ComplianceLockWithoutChangeableForDays implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG2005",
          Severity.ERROR,
          "A compliance lock on a standard vault needs changeableForDays",
          "AWS Backup decides the lock mode only by the presence of ChangeableForDays; "
              + "without it the lock is created in governance mode, whatever the model says (AWS "
              + "Backup vault lock; re:Post backup-configure-vault-lock; "
              + "terraform-provider-aws#27651; docs/aws-facts.md §2.2).",
          "Add changeableForDays (3 or more) to the lock, or write mode: governance.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    VaultLock lock = model.central().vault().lock();
    String p = "/central/vault/lock";
    if (context.isUsable("/central/vault/kind")
        && model.central().vault().kind() == VaultKind.STANDARD
        && context.isUsable(p + "/mode")
        && context.isUsable(p + "/changeableForDays")
        && lock.mode() == LockMode.COMPLIANCE
        && lock.changeableForDays().isEmpty()) {
      context.report(
          p + "/mode",
          "is compliance, but changeableForDays is not set, so AWS Backup would create a governance lock",
          "add changeableForDays: 3 (the grace period during which the lock can still be removed)");
    }
  }
}
