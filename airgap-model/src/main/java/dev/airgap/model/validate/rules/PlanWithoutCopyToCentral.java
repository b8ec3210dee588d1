package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.BackupPlan;
import dev.airgap.model.validate.ModelFields;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG2019: a plan has no copyToCentral. */
public final class PlanWithoutCopyToCentral implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG2019",
          Severity.WARNING,
          "A plan without copyToCentral keeps nothing in the air gap",
          "Only copies in the central vault are protected by the central lock, the deny "
              + "statements and the SCP; backups that stay in the member account share its blast "
              + "radius (AWS Backup cross-account copy; docs/aws-facts.md §4.3, §6.2).",
          "Add copyToCentral with a retentionDays inside the central lock, or accept that "
              + "this plan's backups stay local.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    for (BackupPlan plan : ModelFields.plans(model, context)) {
      if (plan.copyToCentral().isEmpty()) {
        context.report(
            ModelFields.plan(plan),
            "has no copyToCentral, so its backups never reach the central vault",
            "add copyToCentral: { retentionDays: <days inside the central lock> }");
      }
    }
  }
}
