package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.validate.AwsCron;
import dev.airgap.model.validate.ModelFields;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG4007: every plan schedule is a valid 6-field AWS cron expression. */
public final class ScheduleExpression implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG4007",
          Severity.ERROR,
          "Schedules are AWS cron expressions with six fields",
          "Backup rules take cron(Minutes Hours Day-of-month Month Day-of-week Year), with "
              + "exactly one of the two day fields set to ?; other forms are rejected when the "
              + "backup policy is attached (EventBridge cron expressions; AWS Backup API "
              + "BackupRuleInput; docs/aws-facts.md §4.2).",
          "Write cron(min hour day-of-month month day-of-week year), e.g. cron(0 5 ? * * *) "
              + "for 05:00 UTC daily.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    for (ModelFields.Field schedule : ModelFields.schedules(model, context)) {
      AwsCron.Result result = AwsCron.parse(schedule.value());
      if (result.problem().isPresent()) {
        String hint =
            schedule.value().strip().startsWith("rate(")
                ? "write a cron expression instead, e.g. cron(0 5 ? * * *) for daily at 05:00 UTC"
                : "write cron(min hour day-of-month month day-of-week year), e.g. cron(0 5 ? * * *)";
        context.report(schedule.pointer(), result.problem().get(), hint);
      }
    }
  }
}
