package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.RecoveryOrganization;
import dev.airgap.model.validate.ProductionAccounts;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG2303: The recovery account is outside the production organization */
public final class RecoveryAccountInsideProduction implements Rule {
  static final String P = "/recoveryOrganization";

  private static final RuleInfo INFO =
      new RuleInfo(
          "AG2303",
          Severity.ERROR,
          "The recovery account is outside the production organization",
          "The vault is shared with the recovery account so that whoever holds the production organization cannot use or remove the way back; an account that is also the production management, central, delegated-admin, admin, deploy-role or member account is inside it (docs/aws-facts.md §13.1, §22).",
          "Name an account of the recovery organization as recoveryOrganization.recoveryAccount.");

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
    ProductionAccounts.reportIfInside(
        model, context, P + "/recoveryAccount", r.recoveryAccount(), "the recovery account");
  }
}
