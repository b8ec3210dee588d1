package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.validate.FrameworkControls;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG4207: the restore-time target is a whole, positive number of minutes. */
public final class RestoreTimeTarget implements Rule {
  static final String P = RestoreTestTypeNotCopied.P + "/maxRestoreMinutes";

  private static final RuleInfo INFO =
      new RuleInfo(
          "AG4207",
          Severity.ERROR,
          "The restore-time target is at least one minute",
          "RESTORE_TIME_FOR_RESOURCES_MEET_TARGET compares the latest restore's duration with"
              + " maxRestoreTime in minutes (docs/aws-facts.md §19.2); a target of zero or less"
              + " makes every restore non-compliant, so it states no objective.",
          "Set maxRestoreMinutes to the restore time the recovery objective allows, e.g. 240.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    if (!context.isUsable(P)) {
      return;
    }
    FrameworkControls.maxRestoreMinutes(model)
        .filter(minutes -> minutes < 1)
        .ifPresent(
            minutes ->
                context.report(
                    P,
                    minutes + " minutes is no restore-time target",
                    "use at least 1 minute, e.g. 240 for a four-hour objective"));
  }
}
