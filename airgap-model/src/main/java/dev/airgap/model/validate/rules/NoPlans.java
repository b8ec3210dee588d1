package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG2020: plans is empty. */
public final class NoPlans implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG2020",
          Severity.WARNING,
          "The model has no backup plan",
          "Without a plan no backup is taken and the central vault stays empty; only the "
              + "vaults, keys and guardrails are deployed (Organizations backup policy syntax; "
              + "docs/aws-facts.md §4.5).",
          "Add a plan under plans, as in examples/basic/airgap.yaml.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    if (context.isUsable("/plans") && model.plans().isEmpty()) {
      context.report(
          "/plans",
          "is empty, so no backup is ever taken",
          "add a plan, e.g. daily: { schedule: \"cron(0 5 ? * * *)\", localRetentionDays: 14, copyToCentral: { retentionDays: 35 } }");
    }
  }
}
