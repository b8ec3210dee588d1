package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG2093: CfCT cannot leave accounts of a targeted OU out of a stack set. */
public final class CfctExcludedAccounts implements Rule {
  private static final String P = "/members/targets/excludeAccounts";

  private static final RuleInfo INFO =
      new RuleInfo(
          "AG2093",
          Severity.ERROR,
          "CfCT deploys to every account of an OU",
          "A CfCT stack_set resource lists accounts and OUs to deploy to and has no exclusion"
              + " (manifest v2 schema: deployment_targets has accounts and organizational_units only);"
              + " the excluded accounts would get the member baseline anyway (docs/aws-facts.md §21.2).",
          "Move the excluded accounts to an OU airgap does not target, or deploy without deploy.cfct.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    if (model.deploy().cfct().isPresent()
        && context.isUsable(P)
        && !model.members().targets().excludeAccounts().isEmpty()) {
      context.report(
          P,
          "CfCT cannot exclude "
              + String.join(", ", model.members().targets().excludeAccounts())
              + " from the member stack set",
          "move them to an OU airgap does not target");
    }
  }
}
