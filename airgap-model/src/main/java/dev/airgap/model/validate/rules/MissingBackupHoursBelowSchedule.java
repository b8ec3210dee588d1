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
 * AG3105: missingBackupHours is no shorter than a plan that keeps its schedule leaves a resource
 * without a new recovery point before its next job may start: the longest gap between two runs plus
 * the start window. Shorter, every resource of the plan is reported on ordinary days and the
 * notification that matters drowns. The completion window is AG3108's.
 */
public final class MissingBackupHoursBelowSchedule implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG3105",
          Severity.ERROR,
          "missingBackupHours allows for each plan's schedule and start window",
          "A plan that runs every N hours leaves its newest recovery point up to N hours plus the"
              + " start window old before the next job may start; an AWS Config rule with a shorter"
              + " age reports every resource of the plan as missing its backup on ordinary days"
              + " (docs/aws-facts.md §17.5, §19.2).",
          "Raise missingBackupHours to at least the value named, or run the plan more often.");

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
      OptionalInt minimum = MissingBackupChecks.scheduleHours(plan);
      if (minimum.isPresent() && hours.getAsInt() < minimum.getAsInt()) {
        context.report(
            MissingBackupHoursRange.P,
            "is "
                + hours.getAsInt()
                + " hours, but plan '"
                + plan.name()
                + "' may leave a resource "
                + minimum.getAsInt()
                + " hours without a new recovery point while it keeps its schedule"
                + " (longest gap plus start window)",
            "use at least " + minimum.getAsInt());
      }
    }
  }
}
