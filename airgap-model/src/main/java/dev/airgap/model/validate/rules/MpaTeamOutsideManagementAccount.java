package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.MultiPartyApproval;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG2143: the approval team is owned by a management account, never by the central account. */
public final class MpaTeamOutsideManagementAccount implements Rule {
  private static final String P = "/central/multiPartyApproval";

  private static final RuleInfo INFO =
      new RuleInfo(
          "AG2143",
          Severity.ERROR,
          "The approval team is owned by a management account",
          "AWS creates the identity source and approval teams in an organization's management account"
              + " (MPA user guide, Set up and Create an approval team); the team exists to open the vault"
              + " when the central account is compromised, so that account must not own it"
              + " (docs/aws-facts.md §13.20).",
          "Set multiPartyApproval.account to organization.managementAccount.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    if (model.central().multiPartyApproval().isEmpty() || !context.isUsable(P)) {
      return;
    }
    MultiPartyApproval mpa = model.central().multiPartyApproval().get();
    String p = P + "/account";
    if (!context.isUsable(p) || !context.isUsable("/organization/managementAccount")) {
      return;
    }
    if (mpa.account().equals(model.central().account())) {
      context.report(
          p,
          "'" + mpa.account() + "' is the central account, which owns the vault the team guards",
          "name the management account " + model.organization().managementAccount());
    } else if (!mpa.account().equals(model.organization().managementAccount())) {
      context.report(
          p,
          "'"
              + mpa.account()
              + "' is not the management account "
              + model.organization().managementAccount()
              + ", the only account where airgap can create the approval team",
          "name the management account " + model.organization().managementAccount());
    }
  }
}
