package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.BackupPlan;
import dev.airgap.model.validate.ModelFields;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** AG4017: two plan names differ only in case. */
public final class PlanNamesDifferOnlyInCase implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG4017",
          Severity.ERROR,
          "Plan names differ in more than case",
          "Plan names become keys of the organization backup policy, and policy keys are matched"
              + " without regard to case: two plans that differ only in case would merge into one"
              + " (docs/aws-facts.md §4.5).",
          "Rename one of the two plans.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    Map<String, String> seen = new HashMap<>();
    for (BackupPlan plan : ModelFields.plans(model, context)) {
      String previous = seen.putIfAbsent(plan.name().toLowerCase(Locale.ROOT), plan.name());
      if (previous != null) {
        context.report(
            ModelFields.plan(plan),
            "plan names '"
                + previous
                + "' and '"
                + plan.name()
                + "' differ only in case; backup policy keys are not case sensitive",
            "rename '" + plan.name() + "'");
      }
    }
  }
}
