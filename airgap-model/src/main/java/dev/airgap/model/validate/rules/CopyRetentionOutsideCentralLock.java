package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.BackupPlan;
import dev.airgap.model.VaultLock;
import dev.airgap.model.validate.ModelFields;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG2015: every plan's copyToCentral.retentionDays lies in the central lock's [min, max]. */
public final class CopyRetentionOutsideCentralLock implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG2015",
          Severity.ERROR,
          "Copy retention lies inside the central vault lock",
          "A copy job whose retention is below the destination vault's MinRetentionDays or "
              + "above its MaxRetentionDays fails, so nothing reaches the air gap (AWS Backup API "
              + "PutBackupVaultLockConfiguration; docs/aws-facts.md §2.2, §4.3).",
          "Choose copyToCentral.retentionDays between the central lock's minRetentionDays "
              + "and maxRetentionDays.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    String lockPointer = "/central/vault/lock";
    if (!context.isUsable(lockPointer + "/minRetentionDays")
        || !context.isUsable(lockPointer + "/maxRetentionDays")) {
      return;
    }
    VaultLock lock = model.central().vault().lock();
    if (lock.maxRetentionDays().isPresent()
        && lock.minRetentionDays() > lock.maxRetentionDays().getAsInt()) {
      return; // the lock itself is wrong (AG2003); no retention could fit it
    }
    for (BackupPlan plan : ModelFields.plans(model, context)) {
      String p = ModelFields.plan(plan) + "/copyToCentral/retentionDays";
      if (plan.copyToCentral().isEmpty() || !context.isUsable(p)) {
        continue;
      }
      int days = plan.copyToCentral().get().retentionDays();
      // Days outside 1..36,500 are AG2018's finding; the lock is then beside the point.
      if (days >= 1 && days <= 36_500 && !lock.accepts(days)) {
        context.report(
            p,
            days + " days is outside the central vault lock " + range(lock),
            "copy jobs outside the lock fail; change retentionDays or the central lock");
      }
    }
  }

  private static String range(VaultLock lock) {
    String max =
        lock.maxRetentionDays().isPresent()
            ? String.valueOf(lock.maxRetentionDays().getAsInt())
            : "no maximum";
    return "[" + lock.minRetentionDays() + ", " + max + "] days";
  }
}
