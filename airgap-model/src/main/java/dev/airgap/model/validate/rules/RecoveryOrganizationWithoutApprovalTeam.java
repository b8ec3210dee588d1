package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.RecoveryOrganization;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG2307: A recovery organization should own an approval team */
public final class RecoveryOrganizationWithoutApprovalTeam implements Rule {
  static final String P = "/recoveryOrganization";

  private static final RuleInfo INFO =
      new RuleInfo(
          "AG2307",
          Severity.WARNING,
          "A recovery organization should own an approval team",
          "Without a multi-party approval team the recovery account restores only through the RAM share, which the central account's admins can remove; with a team it can also obtain a restore access vault, which works even when the vault's account is inaccessible (AWS Backup developer guide, multi-party approval; docs/aws-facts.md §13.4, §22).",
          "Add recoveryOrganization.multiPartyApproval with the Identity Center instance of the recovery management account and 3 to 20 approvers.");

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
    if (r.multiPartyApproval().isEmpty()) {
      context.report(
          P,
          "has no multiPartyApproval: the recovery account depends on a RAM share the production"
              + " organization can remove",
          "add recoveryOrganization.multiPartyApproval");
    }
  }
}
