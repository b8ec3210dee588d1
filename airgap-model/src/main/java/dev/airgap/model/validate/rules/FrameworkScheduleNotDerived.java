package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.BackupPlan;
import dev.airgap.model.validate.FrameworkControls;
import dev.airgap.model.validate.ModelFields;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.ScheduleInterval;
import dev.airgap.model.validate.Severity;

/**
 * AG4302: a plan whose schedule gives no plain interval gets no frequency and no last-recovery-
 * point control in its framework.
 */
public final class FrameworkScheduleNotDerived implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG4302",
          Severity.WARNING,
          "A framework audits a plan's frequency only when its schedule has a plain interval",
          "The frequency control takes hours (up to 24) or days (up to 31) and the last-recovery-point"
              + " control an age of up to 744 hours (docs/aws-facts.md §19.2). airgap derives both from"
              + " schedules that run every day or on days of the week; for other schedules (days of the"
              + " month, months) it leaves the two controls out rather than state a frequency the plan"
              + " does not keep.",
          "Schedule the plan daily or weekly, e.g. cron(0 5 ? * * *), to have both controls.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    if (!model.frameworks()) {
      return;
    }
    for (BackupPlan plan : ModelFields.plans(model, context)) {
      String p = ModelFields.plan(plan) + "/schedule";
      if (!context.isUsable(p)) {
        continue;
      }
      var interval = ScheduleInterval.of(plan.schedule());
      if (interval.isEmpty()) {
        context.report(
            p,
            "'"
                + plan.schedule()
                + "' has no plain interval: the plan's framework gets no frequency and no"
                + " last-recovery-point control",
            "schedule the plan daily or on days of the week");
      } else if (FrameworkControls.recoveryPointAgeHours(plan, interval.get())
          > FrameworkControls.MAX_RECOVERY_POINT_AGE_HOURS) {
        context.report(
            p,
            "the interval plus the start and completion windows is "
                + FrameworkControls.recoveryPointAgeHours(plan, interval.get())
                + " hours, more than the 744 the last-recovery-point control takes: the plan's"
                + " framework leaves that control out",
            "shorten completionWindowMinutes or schedule the plan more often");
      }
    }
  }
}
