package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.VaultLock;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG2003: a lock's minimum retention must not exceed its maximum. */
public final class LockMinAboveMax implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG2003",
          Severity.ERROR,
          "Vault Lock minRetentionDays must be ≤ maxRetentionDays",
          "AWS Backup rejects PutBackupVaultLockConfiguration when MinRetentionDays > MaxRetentionDays "
              + "(AWS Backup API, PutBackupVaultLockConfiguration; docs/aws-facts.md §2.2).",
          "Lower minRetentionDays or raise maxRetentionDays.");

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
    String min = pointer + "/minRetentionDays";
    String max = pointer + "/maxRetentionDays";
    if (!context.isUsable(min) || !context.isUsable(max) || lock.maxRetentionDays().isEmpty()) {
      return;
    }
    int maxDays = lock.maxRetentionDays().getAsInt();
    if (lock.minRetentionDays() > maxDays) {
      context.report(
          min,
          "must be ≤ maxRetentionDays (" + maxDays + ")",
          "lower minRetentionDays or raise maxRetentionDays; AWS Backup requires min ≤ max");
    }
  }
}
