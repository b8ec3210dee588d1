package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.validate.FrameworkControls;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG4303: the plans' frameworks fit AWS Backup Audit Manager's 50 controls per account. */
public final class FrameworkControlLimit implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG4303",
          Severity.ERROR,
          "The frameworks fit 50 controls per account and Region",
          "AWS Backup Audit Manager allows up to 50 controls per account per Region; the same control"
              + " in two frameworks counts twice (docs/aws-facts.md §19.1). Every member account and"
              + " Region gets one framework per plan with up to six controls.",
          "Merge plans, or turn frameworks off.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    if (!model.frameworks() || !context.isUsable("/evidence/frameworks")) {
      return;
    }
    int count = FrameworkControls.memberControlCount(model);
    if (count > FrameworkControls.MAX_CONTROLS_PER_ACCOUNT_AND_REGION) {
      context.report(
          "/evidence/frameworks",
          "the "
              + model.plans().size()
              + " plans' frameworks have "
              + count
              + " controls in each member account and Region; AWS allows "
              + FrameworkControls.MAX_CONTROLS_PER_ACCOUNT_AND_REGION,
          "merge plans, or turn frameworks off");
    }
  }
}
