package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG1012: excludeAccounts given without organizationalUnits. */
public final class ExcludeAccountsWithoutOrganizationalUnits implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG1012",
          Severity.WARNING,
          "excludeAccounts only works together with OUs",
          "Excluded accounts are subtracted from the targeted OUs (AccountFilterType "
              + "DIFFERENCE); without an OU there is nothing to subtract from (CloudFormation API "
              + "DeploymentTargets; docs/aws-facts.md §8.3).",
          "Remove excludeAccounts, or target OUs instead of single accounts.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    check(context, "/members/targets", model.members().targets());
    if (context.isWritten("/protection/scp/targets")) {
      check(context, "/protection/scp/targets", model.protection().scp().targets());
    }
  }

  private static void check(RuleContext context, String pointer, dev.airgap.model.Targets targets) {
    if (context.isUsable(pointer + "/excludeAccounts")
        && context.isUsable(pointer + "/organizationalUnits")
        && !targets.excludeAccounts().isEmpty()
        && targets.organizationalUnits().isEmpty()) {
      context.report(
          pointer + "/excludeAccounts",
          "has no effect: no organizationalUnits are targeted",
          "remove excludeAccounts, or target OUs and exclude accounts inside them");
    }
  }
}
