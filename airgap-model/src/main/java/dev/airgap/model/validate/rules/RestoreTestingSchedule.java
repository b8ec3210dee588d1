package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.validate.AwsCron;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG4205: the restore testing schedule is a valid 6-field AWS cron expression. */
public final class RestoreTestingSchedule implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG4205",
          Severity.ERROR,
          "The restore testing schedule is an AWS cron expression with six fields",
          "A restore testing plan's ScheduleExpression is a cron expression like a backup rule's,"
              + " default cron(0 5 ? * * *) (AWS Backup API, RestoreTestingPlanForCreate;"
              + " docs/aws-facts.md §16.2).",
          "Write cron(min hour day-of-month month day-of-week year), e.g. cron(0 5 ? * SUN *) for"
              + " Sundays at 05:00 UTC.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    String p = RestoreTestTypeNotCopied.P + "/schedule";
    if (model.central().restoreTesting().isEmpty() || !context.isUsable(p)) {
      return;
    }
    AwsCron.Result result = AwsCron.parse(model.central().restoreTesting().get().schedule());
    result
        .problem()
        .ifPresent(
            problem ->
                context.report(
                    p,
                    problem,
                    "write cron(min hour day-of-month month day-of-week year), e.g. cron(0 5 ? * SUN *)"));
  }
}
