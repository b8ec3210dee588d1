package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.BackupPlan;
import dev.airgap.model.validate.ModelFields;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG4010: completionWindowMinutes > startWindowMinutes. */
public final class CompletionWindowNotAfterStart implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG4010",
          Severity.ERROR,
          "The completion window is longer than the start window",
          "A job must be able to finish after it starts: the completion window counts from "
              + "the scheduled time and should exceed the start window, or jobs are cancelled "
              + "before they can complete (AWS Backup API BackupRuleInput; AWS Backup developer "
              + "guide, creating a backup plan; docs/aws-facts.md §4.1).",
          "Raise completionWindowMinutes above startWindowMinutes (default 10080, seven "
              + "days).");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    for (BackupPlan plan : ModelFields.plans(model, context)) {
      String base = ModelFields.plan(plan);
      String p = base + "/completionWindowMinutes";
      if (context.isUsable(p)
          && context.isUsable(base + "/startWindowMinutes")
          && plan.completionWindowMinutes() <= plan.startWindowMinutes()) {
        context.report(
            p,
            "must be > startWindowMinutes ("
                + plan.startWindowMinutes()
                + "), is "
                + plan.completionWindowMinutes(),
            "raise completionWindowMinutes or lower startWindowMinutes");
      }
    }
  }
}
