package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.BackupPlan;
import dev.airgap.model.validate.ModelFields;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG4009: startWindowMinutes lies in 60..52,560,000. */
public final class StartWindowRange implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG4009",
          Severity.ERROR,
          "The start window is between 60 and 52,560,000 minutes",
          "StartWindowMinutes must be at least 60 and at most 52,560,000 (AWS Backup API "
              + "BackupRuleInput; docs/aws-facts.md §4.1).",
          "Write startWindowMinutes from 60 to 52560000; 60 is the default.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    for (BackupPlan plan : ModelFields.plans(model, context)) {
      String p = ModelFields.plan(plan) + "/startWindowMinutes";
      int minutes = plan.startWindowMinutes();
      if (context.isUsable(p) && (minutes < 60 || minutes > 52_560_000)) {
        context.report(
            p,
            "must be between 60 and 52560000 minutes (is " + minutes + ")",
            "AWS Backup waits at least 60 minutes for a job to start");
      }
    }
  }
}
