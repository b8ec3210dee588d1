package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.BackupPlan;
import dev.airgap.model.CopyToCentral;
import dev.airgap.model.validate.ModelFields;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;
import java.util.OptionalInt;

/** AG2018: localRetentionDays, coldStorageAfterDays and copy retention lie in 1..36,500. */
public final class RetentionDaysRange implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG2018",
          Severity.ERROR,
          "Retention and cold-storage days are between 1 and 36,500",
          "Lifecycle DeleteAfterDays and MoveToColdStorageAfterDays accept at most 36,500 "
              + "days, and a retention of 0 days deletes the backup at once (AWS Backup API "
              + "Lifecycle; docs/aws-facts.md §4.1).",
          "Write a number of days from 1 to 36500.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    for (BackupPlan plan : ModelFields.plans(model, context)) {
      String base = ModelFields.plan(plan);
      check(context, base + "/localRetentionDays", OptionalInt.of(plan.localRetentionDays()));
      check(context, base + "/coldStorageAfterDays", plan.coldStorageAfterDays());
      if (plan.copyToCentral().isPresent()) {
        CopyToCentral copy = plan.copyToCentral().get();
        check(context, base + "/copyToCentral/retentionDays", OptionalInt.of(copy.retentionDays()));
        check(context, base + "/copyToCentral/coldStorageAfterDays", copy.coldStorageAfterDays());
      }
    }
  }

  private static void check(RuleContext context, String pointer, OptionalInt days) {
    if (days.isPresent() && context.isUsable(pointer) && !isInRange(days.getAsInt())) {
      context.report(
          pointer,
          "must be between 1 and 36500 days (is " + days.getAsInt() + ")",
          "AWS Backup lifecycles count whole days from 1 to 36,500");
    }
  }

  /**
   * Whether AWS Backup accepts this many lifecycle days; other rules leave values outside to
   * AG2018.
   */
  static boolean isInRange(int days) {
    return days >= 1 && days <= 36_500;
  }
}
