package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.VaultLock;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG2001: a lock's minRetentionDays is at least 1. */
public final class LockMinRetentionTooLow implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG2001",
          Severity.ERROR,
          "Vault Lock minRetentionDays is at least 1",
          "PutBackupVaultLockConfiguration requires MinRetentionDays ≥ 1 (AWS Backup API "
              + "PutBackupVaultLockConfigurationInput; docs/aws-facts.md §2.2).",
          "Set minRetentionDays to 1 or more (7 or more for a logically air-gapped vault).");

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
    if (context.isUsable(min) && lock.minRetentionDays() < 1) {
      context.report(
          min,
          "must be ≥ 1 (is " + lock.minRetentionDays() + ")",
          "AWS Backup requires a minimum retention of at least one day");
    }
  }
}
