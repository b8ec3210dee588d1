package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.RestoreTesting;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG4203: restore testing values lie within what AWS Backup accepts, and something is tested. */
public final class RestoreTestingValueRange implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG4203",
          Severity.ERROR,
          "Restore testing values lie within what AWS Backup accepts",
          "StartWindowHours is 1 to 168, SelectionWindowDays (lookbackDays) 1 to 365, and"
              + " ValidationWindowHours 0 to 168 (AWS Backup API: RestoreTestingPlanForCreate,"
              + " RestoreTestingRecoveryPointSelection, RestoreTestingSelectionForCreate;"
              + " docs/aws-facts.md §16.2); a plan without a selection tests nothing.",
          "Use a value within the range, and name at least one resource type under selections.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    if (model.central().restoreTesting().isEmpty()
        || !context.isUsable(RestoreTestTypeNotCopied.P)) {
      return;
    }
    RestoreTesting t = model.central().restoreTesting().get();
    String p = RestoreTestTypeNotCopied.P;
    range(context, p + "/startWindowHours", t.startWindowHours(), 1, 168, "hours");
    range(context, p + "/lookbackDays", t.lookbackDays(), 1, 365, "days");
    if (context.isUsable(p + "/selections") && t.selections().isEmpty()) {
      context.report(
          p + "/selections", "is empty: nothing would be tested", "name a type, e.g. EBS: {}");
    }
    for (RestoreTesting.RestoreTestSelection s : t.selections().values()) {
      if (s.validationWindowHours().isPresent()) {
        range(
            context,
            p
                + "/selections/"
                + s.resourceType().replace("~", "~0").replace("/", "~1")
                + "/validationWindowHours",
            s.validationWindowHours().getAsInt(),
            0,
            168,
            "hours");
      }
    }
  }

  private static void range(
      RuleContext context, String pointer, int value, int min, int max, String unit) {
    if (context.isUsable(pointer) && (value < min || value > max)) {
      context.report(
          pointer,
          value + " " + unit + " is outside " + min + " to " + max + ", which AWS Backup accepts",
          "use " + min + " to " + max);
    }
  }
}
