package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.BackupPlan;
import dev.airgap.model.validate.AwsFormats;
import dev.airgap.model.validate.ModelFields;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG4006: plan names match ^[a-zA-Z0-9\-\_\.]{1,50}$. */
public final class PlanNamePattern implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG4006",
          Severity.ERROR,
          "Plan names have 1 to 50 letters, digits, hyphens, underscores or dots",
          "The plan name becomes the backup plan and rule name in the organization backup "
              + "policy, which must match ^[a-zA-Z0-9\\-\\_\\.]{1,50}$ (AWS Backup API "
              + "BackupRuleName; docs/aws-facts.md §1.2).",
          "Rename the plan with 1 to 50 characters from a-z, A-Z, 0-9, -, _ and .");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    for (BackupPlan plan : ModelFields.plans(model, context)) {
      if (!AwsFormats.PLAN_NAME.matcher(plan.name()).matches()) {
        context.report(
            ModelFields.plan(plan),
            "'" + plan.name() + "' is not a valid plan name (1 to 50 of a-z, A-Z, 0-9, -, _ and .)",
            "rename the plan key");
      }
    }
  }
}
