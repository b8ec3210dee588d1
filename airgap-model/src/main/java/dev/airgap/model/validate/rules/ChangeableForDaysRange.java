package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.VaultLock;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG2004: a lock's changeableForDays lies in 3..36,500. */
public final class ChangeableForDaysRange implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG2004",
          Severity.ERROR,
          "Vault Lock changeableForDays is between 3 and 36,500",
          "ChangeableForDays is the grace period of a compliance lock: at least 3 days (72 "
              + "hours), at most 36,500 (AWS Backup API PutBackupVaultLockConfigurationInput; "
              + "docs/aws-facts.md §2.2).",
          "Set changeableForDays between 3 and 36500; it is the only window in which a "
              + "compliance lock can still be removed.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    check(model.central().vault().lock(), "/central/vault/lock", context);
    model.members().vault().lock().ifPresent(lock -> check(lock, "/members/vault/lock", context));
  }

  private static void check(VaultLock lock, String pointer, RuleContext context) {
    String p = pointer + "/changeableForDays";
    if (context.isUsable(p) && lock.changeableForDays().isPresent()) {
      int days = lock.changeableForDays().getAsInt();
      if (days < 3 || days > 36_500) {
        context.report(
            p,
            "must be between 3 and 36500 (is " + days + ")",
            "AWS Backup needs a grace period of at least 3 days (72 hours) before a compliance lock becomes permanent");
      }
    }
  }
}
