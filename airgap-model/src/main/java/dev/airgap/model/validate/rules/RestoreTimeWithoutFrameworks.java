package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.validate.FrameworkControls;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG4208: a restore-time target without evidence.frameworks is audited nowhere. */
public final class RestoreTimeWithoutFrameworks implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG4208",
          Severity.WARNING,
          "A restore-time target is audited only with evidence.frameworks",
          "maxRestoreMinutes becomes the RESTORE_TIME_FOR_RESOURCES_MEET_TARGET control of the"
              + " central framework (docs/aws-facts.md §19.2); without frameworks nothing checks it,"
              + " and the model would promise evidence that is never produced.",
          "Set evidence.frameworks: true, or remove maxRestoreMinutes.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    if (model.frameworks()
        || !context.isUsable(RestoreTimeTarget.P)
        || FrameworkControls.maxRestoreMinutes(model).isEmpty()) {
      return;
    }
    context.report(
        RestoreTimeTarget.P,
        "is set, but evidence.frameworks is off: no control audits the restore time",
        "add evidence: { frameworks: true }");
  }
}
