package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.validate.AwsCron;
import dev.airgap.model.validate.ModelFields;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG4008: a schedule's minutes field names one minute. */
public final class ScheduleMoreThanHourly implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG4008",
          Severity.ERROR,
          "Schedules run at most once an hour",
          "AWS Backup rejects rules that run more often than hourly: \"The interval between "
              + "backup jobs shouldn't be less than 60 minutes.\" (AWS Backup developer guide, "
              + "plan options; docs/aws-facts.md §4.2).",
          "Give the minutes field a single value, e.g. cron(0 * ? * * *) for hourly.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    for (ModelFields.Field schedule : ModelFields.schedules(model, context)) {
      AwsCron.Result result = AwsCron.parse(schedule.value());
      if (result.isValid() && result.minutes().size() > 1) {
        context.report(
            schedule.pointer(),
            "'"
                + schedule.value()
                + "' runs "
                + result.minutes().size()
                + " times an hour; AWS Backup allows at most one backup job an hour",
            "give the minutes field one value, e.g. cron(0 * ? * * *)");
      }
    }
  }
}
