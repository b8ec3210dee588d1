package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.MultiPartyApproval;
import dev.airgap.model.validate.ModelFields;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG2141: An approval team has at least as many approvers as approvals it needs */
public final class MpaTeamSmallerThanThreshold implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG2141",
          Severity.ERROR,
          "An approval team has at least as many approvers as approvals it needs",
          "A team whose threshold exceeds its approvers can never approve a request: restore access to the vault would be impossible on the day it is needed (M of N needs M <= N; docs/aws-facts.md §13.20).",
          "Add approvers, or lower multiPartyApproval.minApprovals.");

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
    String p = base + "/minApprovals";
    if (context.isUsable(p)
        && context.isUsable(base + "/approvers")
        && mpa.minApprovals() > mpa.approvers().size()) {
      context.report(
          p,
          "needs "
              + mpa.minApprovals()
              + " approvals but the team has only "
              + mpa.approvers().size()
              + " approver(s): no request could ever be approved",
          "add approvers or lower minApprovals to at most " + mpa.approvers().size());
    }
  }
}
