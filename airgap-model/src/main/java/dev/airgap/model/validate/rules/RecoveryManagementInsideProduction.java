package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.RecoveryOrganization;
import dev.airgap.model.validate.ProductionAccounts;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG2304: The recovery management account is outside the production organization */
public final class RecoveryManagementInsideProduction implements Rule {
  static final String P = "/recoveryOrganization";

  private static final RuleInfo INFO =
      new RuleInfo(
          "AG2304",
          Severity.ERROR,
          "The recovery management account is outside the production organization",
          "The recovery organization's management account owns the approval team that opens the vault; if it is an account of the production organization, whoever holds that organization controls the team (docs/aws-facts.md §13.20, §22).",
          "Name the recovery organization's own management account as recoveryOrganization.managementAccount.");

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
        model,
        context,
        P + "/managementAccount",
        r.managementAccount(),
        "the recovery management account");
  }
}
