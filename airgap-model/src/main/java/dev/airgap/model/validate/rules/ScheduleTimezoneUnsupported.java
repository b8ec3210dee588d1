package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.BackupPlan;
import dev.airgap.model.validate.ModelFields;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/**
 * AG4016: scheduleTimezone is refused. airgap runs every plan through an organization backup
 * policy, and the rule keys that policy syntax documents have no time-zone key (docs/aws-facts.md
 * §4.8); an undocumented key risks a rejected policy, and dropping the zone would run the schedule
 * in UTC without saying so. The key is still read (and no longer offered by the schema) so that a
 * model that sets it gets this explanation at the key instead of an unknown-key error.
 */
public final class ScheduleTimezoneUnsupported implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG4016",
          Severity.ERROR,
          "scheduleTimezone cannot be expressed in an organization backup policy",
          "Plans run through an organization backup policy, whose documented rule keys"
              + " (schedule_expression, start_backup_window_minutes, ...) have no time zone; the"
              + " schedule is evaluated in UTC (AWS Organizations, Backup policy syntax;"
              + " docs/aws-facts.md §4.8).",
          "Remove scheduleTimezone and write the schedule in UTC, e.g. cron(0 3 ? * * *) for 05:00"
              + " in Europe/Berlin summer time.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    for (BackupPlan plan : ModelFields.plans(model, context)) {
      String p = ModelFields.plan(plan) + "/scheduleTimezone";
      if (!context.isUsable(p) || plan.scheduleTimezone().isEmpty()) {
        continue;
      }
      context.report(
          p,
          "'"
              + plan.scheduleTimezone().get()
              + "' cannot be expressed: organization backup policies have no time-zone key, so"
              + " the schedule '"
              + plan.schedule()
              + "' would run in UTC",
          "remove scheduleTimezone and write the schedule in UTC");
    }
  }
}
