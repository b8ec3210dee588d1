package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.RecoveryOrganization;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG2308: The recovery organization's account is not repeated in central.recoveryAccounts */
public final class RecoveryAccountAlsoListed implements Rule {
  static final String P = "/recoveryOrganization";

  private static final RuleInfo INFO =
      new RuleInfo(
          "AG2308",
          Severity.WARNING,
          "The recovery organization's account is not repeated in central.recoveryAccounts",
          "recoveryOrganization.recoveryAccount is already shared with; listing it in central.recoveryAccounts as well names one account twice, and removing it there later would not unshare it (docs/aws-facts.md §22; docs/model.md, recovery organization).",
          "Remove the account from central.recoveryAccounts.");

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
    for (dev.airgap.model.validate.ModelFields.Field f :
        dev.airgap.model.validate.ModelFields.entries(
            context, "/central/recoveryAccounts", model.central().recoveryAccounts())) {
      if (context.isUsable(P + "/recoveryAccount") && f.value().equals(r.recoveryAccount())) {
        context.report(
            f.pointer(),
            "'" + f.value() + "' is recoveryOrganization.recoveryAccount already",
            "remove it here");
      }
    }
  }
}
