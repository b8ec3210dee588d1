package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.BackupPlan;
import dev.airgap.model.VaultLock;
import dev.airgap.model.validate.ModelFields;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/**
 * AG2016: every plan's localRetentionDays lies in the member lock's [min, max] when a member lock
 * is set.
 */
public final class LocalRetentionOutsideMemberLock implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG2016",
          Severity.ERROR,
          "Local retention lies inside the member vault lock",
          "A backup job whose retention is outside the target vault's lock "
              + "[MinRetentionDays, MaxRetentionDays] fails (AWS Backup API "
              + "PutBackupVaultLockConfiguration; docs/aws-facts.md §2.2, §4.3).",
          "Choose localRetentionDays inside members.vault.lock, or change the member lock.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    String lockPointer = "/members/vault/lock";
    if (model.members().vault().lock().isEmpty()
        || !context.isUsable(lockPointer + "/minRetentionDays")
        || !context.isUsable(lockPointer + "/maxRetentionDays")) {
      return;
    }
    VaultLock lock = model.members().vault().lock().get();
    if (lock.maxRetentionDays().isPresent()
        && lock.minRetentionDays() > lock.maxRetentionDays().getAsInt()) {
      return; // the lock itself is wrong (AG2003); no retention could fit it
    }
    for (BackupPlan plan : ModelFields.plans(model, context)) {
      String p = ModelFields.plan(plan) + "/localRetentionDays";
      int days = plan.localRetentionDays();
      // Days outside 1..36,500 are AG2018's finding; the lock is then beside the point.
      if (context.isUsable(p) && days >= 1 && days <= 36_500 && !lock.accepts(days)) {
        context.report(
            p,
            plan.localRetentionDays() + " days is outside the member vault lock " + range(lock),
            "backup jobs outside the lock fail; change localRetentionDays or members.vault.lock");
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
