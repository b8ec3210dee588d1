package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.BackupIndex;
import dev.airgap.model.BackupPlan;
import dev.airgap.model.validate.ModelFields;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;
import java.util.List;

/** AG4102: a backup index names only EBS and S3. */
public final class BackupIndexResourceTypes implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG4102",
          Severity.ERROR,
          "A backup index names only EBS and S3",
          "AWS Backup creates backup indexes for search of Amazon EBS snapshots and Amazon S3"
              + " backups only (IndexAction.ResourceTypes; Backup policy syntax, index_actions;"
              + " docs/aws-facts.md §4.7).",
          "Use EBS and/or S3, or remove index.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    for (BackupPlan plan : ModelFields.plans(model, context)) {
      if (plan.index().isEmpty()) {
        continue;
      }
      String p = ModelFields.plan(plan) + "/index/resourceTypes";
      List<String> types = plan.index().get().resourceTypes();
      if (!context.isUsable(p)) {
        continue;
      }
      if (types.isEmpty()) {
        context.report(p, "is empty: name the backups to index", "use [EBS], [S3] or [EBS, S3]");
      }
      for (int i = 0; i < types.size(); i++) {
        if (!BackupIndex.TYPES.contains(types.get(i))) {
          context.report(
              p + "/" + i,
              "'" + types.get(i) + "' cannot be indexed; AWS Backup indexes EBS and S3 backups",
              "use EBS or S3");
        }
      }
    }
  }
}
