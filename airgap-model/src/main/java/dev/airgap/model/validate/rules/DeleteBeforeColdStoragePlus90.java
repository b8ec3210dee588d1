package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.BackupPlan;
import dev.airgap.model.CopyToCentral;
import dev.airgap.model.validate.ModelFields;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG2017: retention ≥ coldStorageAfterDays + 90, for the local backup and the copy. */
public final class DeleteBeforeColdStoragePlus90 implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG2017",
          Severity.ERROR,
          "Retention is at least 90 days longer than the move to cold storage",
          "AWS Backup requires DeleteAfterDays ≥ MoveToColdStorageAfterDays + 90, because "
              + "cold storage bills 90 days at least (AWS Backup API Lifecycle; cfn-lint E3504; "
              + "docs/aws-facts.md §4.3).",
          "Raise the retention to coldStorageAfterDays + 90 or more, or move to cold "
              + "storage earlier, or not at all.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    for (BackupPlan plan : ModelFields.plans(model, context)) {
      String base = ModelFields.plan(plan);
      check(
          context,
          base + "/localRetentionDays",
          plan.localRetentionDays(),
          base + "/coldStorageAfterDays",
          plan.coldStorageAfterDays());
      if (plan.copyToCentral().isPresent()) {
        CopyToCentral copy = plan.copyToCentral().get();
        check(
            context,
            base + "/copyToCentral/retentionDays",
            copy.retentionDays(),
            base + "/copyToCentral/coldStorageAfterDays",
            copy.coldStorageAfterDays());
      }
    }
  }

  private static void check(
      RuleContext context,
      String retentionPointer,
      int retention,
      String coldPointer,
      java.util.OptionalInt cold) {
    if (cold.isEmpty() || !context.isUsable(retentionPointer) || !context.isUsable(coldPointer)) {
      return;
    }
    if (!RetentionDaysRange.isInRange(retention)
        || !RetentionDaysRange.isInRange(cold.getAsInt())) {
      return; // AG2018 reports the day count itself; one finding per mistake
    }
    int least = cold.getAsInt() + 90;
    if (retention < least) {
      context.report(
          retentionPointer,
          "must be ≥ coldStorageAfterDays + 90 (" + least + "), is " + retention,
          "keep backups at least 90 days in cold storage, or drop coldStorageAfterDays");
    }
  }
}
