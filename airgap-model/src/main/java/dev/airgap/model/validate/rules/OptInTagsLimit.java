package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.BackupPlan;
import dev.airgap.model.validate.ModelFields;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG4015: optInTags has at most 30 entries. */
public final class OptInTagsLimit implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG4015",
          Severity.ERROR,
          "A plan selects on at most 30 opt-in tags",
          "A resource selection holds at most 30 tags, in account plans and in organization "
              + "backup policies (AWS Backup quotas; docs/aws-facts.md §2.5).",
          "Use at most 30 opt-in tags per plan, or split the plan.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    for (BackupPlan plan : ModelFields.plans(model, context)) {
      String p = ModelFields.plan(plan) + "/selection/optInTags";
      int count = plan.selection().optInTags().size();
      if (context.isUsable(p) && count > 30) {
        context.report(
            p,
            "has " + count + " tags; a selection allows at most 30",
            "split the plan or use fewer tags");
      }
    }
  }
}
