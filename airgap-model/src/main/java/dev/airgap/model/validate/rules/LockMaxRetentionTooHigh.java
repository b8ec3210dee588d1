package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.VaultLock;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG2002: a lock's maxRetentionDays is at most 36,500. */
public final class LockMaxRetentionTooHigh implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG2002",
          Severity.ERROR,
          "Vault Lock maxRetentionDays is at most 36,500",
          "PutBackupVaultLockConfiguration accepts MaxRetentionDays up to 36,500 days (100 "
              + "years) (AWS Backup API PutBackupVaultLockConfigurationInput; docs/aws-facts.md §2.2, "
              + "§3.1).",
          "Set maxRetentionDays to 36500 or less.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  static final int CEILING = 36_500;

  @Override
  public void check(AirGapModel model, RuleContext context) {
    check(model.central().vault().lock(), "/central/vault/lock", context);
    model.members().vault().lock().ifPresent(lock -> check(lock, "/members/vault/lock", context));
  }

  private static void check(VaultLock lock, String pointer, RuleContext context) {
    String max = pointer + "/maxRetentionDays";
    if (context.isUsable(max)
        && lock.maxRetentionDays().isPresent()
        && lock.maxRetentionDays().getAsInt() > CEILING) {
      context.report(
          max,
          "must be ≤ 36500 (is " + lock.maxRetentionDays().getAsInt() + ")",
          "AWS Backup accepts at most 36,500 days (100 years)");
    }
  }
}
