package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.BackupPlan;
import dev.airgap.model.validate.MissingBackupChecks;
import dev.airgap.model.validate.ModelFields;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;
import java.util.OptionalInt;

/**
 * AG3108: missingBackupHours allows also for the completion window of each plan: a job that starts
 * late and runs long but within its windows completes a recovery point up to the gap plus both
 * windows after the previous one. Shorter, such a job is reported as a missing backup.
 */
public final class MissingBackupHoursBelowWindows implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG3108",
          Severity.WARNING,
          "missingBackupHours allows for each plan's start and completion windows",
          "A job may start up to the start window late and run up to the completion window; its"
              + " recovery point may then be the gap plus both windows newer than the previous one,"
              + " and a shorter age reports a slow backup that kept its windows as missing"
              + " (docs/aws-facts.md §17.5, §19.2; the framework control"
              + " BACKUP_LAST_RECOVERY_POINT_CREATED allows the same).",
          "Raise missingBackupHours to the value named, or shorten the plan's completionWindowMinutes"
              + " to what its jobs need.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    OptionalInt hours = MissingBackupHoursRange.usable(model, context);
    if (hours.isEmpty()) {
      return;
    }
    for (BackupPlan plan : ModelFields.plans(model, context)) {
      OptionalInt minimum = MissingBackupChecks.windowHours(plan);
      OptionalInt schedule = MissingBackupChecks.scheduleHours(plan);
      // Below the schedule alone, AG3105 already refuses it.
      if (minimum.isPresent()
          && hours.getAsInt() < minimum.getAsInt()
          && hours.getAsInt() >= schedule.orElse(0)) {
        context.report(
            MissingBackupHoursRange.P,
            "is "
                + hours.getAsInt()
                + " hours, but plan '"
                + plan.name()
                + "' may leave a resource "
                + minimum.getAsInt()
                + " hours without a new recovery point when a job starts late and runs long within"
                + " its windows (longest gap plus start and completion windows)",
            "use at least "
                + minimum.getAsInt()
                + " (at most "
                + MissingBackupChecks.MAX_HOURS
                + "), or shorten completionWindowMinutes");
      }
    }
  }
}
