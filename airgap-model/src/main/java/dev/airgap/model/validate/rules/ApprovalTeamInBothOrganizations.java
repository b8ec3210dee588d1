package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.RecoveryOrganization;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG2306: With a recovery organization, the approval team belongs to it */
public final class ApprovalTeamInBothOrganizations implements Rule {
  static final String P = "/recoveryOrganization";

  private static final RuleInfo INFO =
      new RuleInfo(
          "AG2306",
          Severity.ERROR,
          "With a recovery organization, the approval team belongs to it",
          "AWS Backup's flow puts the identity source and the approval team in the recovery organization's management account; a central.multiPartyApproval in the production organization would be a second, contradictory team for the same vault, and one the production management account controls (docs/aws-facts.md §13.20, §22).",
          "Move central.multiPartyApproval to recoveryOrganization.multiPartyApproval (without its account key).");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    if (model.recoveryOrganization().isEmpty() || !context.isUsable(P)) {
      return;
    }
    RecoveryOrganization r = model.recoveryOrganization().get();
    if (model.central().multiPartyApproval().isPresent()
        && context.isUsable("/central/multiPartyApproval")) {
      context.report(
          "/central/multiPartyApproval",
          "names an approval team in the production organization although recoveryOrganization "
              + r.id()
              + " owns the vault's recovery path",
          "move it to recoveryOrganization.multiPartyApproval; the recovery management account "
              + r.managementAccount()
              + " owns it");
    }
  }
}
