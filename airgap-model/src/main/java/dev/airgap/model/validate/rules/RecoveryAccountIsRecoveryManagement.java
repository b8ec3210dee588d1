package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.RecoveryOrganization;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG2305: The recovery account is not the recovery organization's management account */
public final class RecoveryAccountIsRecoveryManagement implements Rule {
  static final String P = "/recoveryOrganization";

  private static final RuleInfo INFO =
      new RuleInfo(
          "AG2305",
          Severity.WARNING,
          "The recovery account is not the recovery organization's management account",
          "Restores land in the recovery account, with the administrators and workloads that come with them; a management account should hold nothing but the organization, and its identity source and approval team should not share an account with restored data (AWS Organizations best practices for the management account; docs/aws-facts.md §22).",
          "Create a dedicated recovery account in the recovery organization and name it as recoveryOrganization.recoveryAccount.");

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
    String p = P + "/recoveryAccount";
    if (context.isUsable(p)
        && context.isUsable(P + "/managementAccount")
        && r.recoveryAccount().equals(r.managementAccount())) {
      context.report(
          p,
          "is the recovery organization's management account " + r.managementAccount(),
          "restore into a dedicated account of the recovery organization");
    }
  }
}
