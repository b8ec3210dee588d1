package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG4013: maxConcurrentPercentage in 1..100, failureTolerancePercentage in 0..100. */
public final class OperationPreferencesRange implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG4013",
          Severity.ERROR,
          "StackSet operation percentages are in range",
          "MaxConcurrentPercentage accepts 1 to 100 and FailureTolerancePercentage 0 to 100 "
              + "(CloudFormation API StackSetOperationPreferences; docs/aws-facts.md §8.4).",
          "Write maxConcurrentPercentage from 1 to 100 and failureTolerancePercentage from "
              + "0 to 100.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    var prefs = model.deploy().operationPreferences();
    String base = "/deploy/operationPreferences";
    int concurrent = prefs.maxConcurrentPercentage();
    if (context.isUsable(base + "/maxConcurrentPercentage")
        && (concurrent < 1 || concurrent > 100)) {
      context.report(
          base + "/maxConcurrentPercentage",
          "must be between 1 and 100 (is " + concurrent + ")",
          "a percentage of the target accounts per region; 25 is the default");
    }
    int tolerance = prefs.failureTolerancePercentage();
    if (context.isUsable(base + "/failureTolerancePercentage")
        && (tolerance < 0 || tolerance > 100)) {
      context.report(
          base + "/failureTolerancePercentage",
          "must be between 0 and 100 (is " + tolerance + ")",
          "a percentage of the target accounts per region; 0 is the default");
    }
  }
}
