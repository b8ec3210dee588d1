package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.MultiPartyApproval;
import dev.airgap.model.validate.ModelFields;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG2142: An approval team has the size AWS requires */
public final class MpaTeamBelowAwsMinimum implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG2142",
          Severity.ERROR,
          "An approval team has the size AWS requires",
          "AWS Organizations multi-party approval requires at least three approvers and an approval threshold of at least two (MPA user guide, Create an approval team), and at most 20 approvers (AWS::MPA::ApprovalTeam schema); docs/aws-facts.md §13.20.",
          "Name 3 to 20 approvers and set minApprovals to at least 2.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    for (ModelFields.Team team : ModelFields.approvalTeams(model, context)) {
      check(team.pointer(), team.team(), context);
    }
  }

  private static void check(String base, MultiPartyApproval mpa, RuleContext context) {
    if (context.isUsable(base + "/minApprovals") && mpa.minApprovals() < 2) {
      context.report(
          base + "/minApprovals",
          "is " + mpa.minApprovals() + "; AWS requires at least 2 approvals",
          "set minApprovals: 2 or more");
    }
    int n = mpa.approvers().size();
    if (context.isUsable(base + "/approvers") && (n < 3 || n > 20)) {
      context.report(
          base + "/approvers",
          "names " + n + " approver(s); AWS requires 3 to 20",
          n < 3 ? "add approvers until the team has at least 3" : "keep at most 20 approvers");
    }
  }
}
