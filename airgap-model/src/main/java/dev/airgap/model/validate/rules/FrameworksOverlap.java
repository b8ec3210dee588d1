package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/**
 * AG4304: with several plans, each plan's framework evaluates every backup resource of the account,
 * not only its own plan's.
 */
public final class FrameworksOverlap implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG4304",
          Severity.WARNING,
          "Each plan's framework evaluates every resource of the account",
          "The frameworks carry each plan's own thresholds, never a looser one; but a control's scope"
              + " can only name resource types, one tag or one resource (docs/aws-facts.md §19.1), which"
              + " the plans of an organization backup policy do not share with their recovery points. So"
              + " each framework evaluates every resource: resources of a plan with a shorter retention"
              + " or a longer interval show as non-compliant in the stricter plan's framework.",
          "Read each plan's framework for that plan's resources, or keep one plan per account.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    if (model.frameworks()
        && model.plans().size() > 1
        && context.isUsable("/evidence/frameworks")) {
      context.report(
          "/evidence/frameworks",
          "the "
              + model.plans().size()
              + " plans' frameworks each evaluate every resource of a member account, so a"
              + " stricter plan's framework reports the other plans' resources as non-compliant",
          "read each framework for its own plan's resources");
    }
  }
}
