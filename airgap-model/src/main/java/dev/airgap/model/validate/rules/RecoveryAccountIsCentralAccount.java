package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.validate.ModelFields;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG2022: central.recoveryAccounts lists the central account. */
public final class RecoveryAccountIsCentralAccount implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG2022",
          Severity.WARNING,
          "A recovery account is another account than the central account",
          "A logically air-gapped vault is shared so that an account outside the central "
              + "account's blast radius can restore; sharing it with the central account itself "
              + "adds nothing (AWS Backup developer guide, logically air-gapped vaults; docs/aws-facts.md "
              + "§3.1, §3.2).",
          "Name a separate recovery account, ideally in another organization or OU with its "
              + "own admins.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    if (!context.isUsable("/central/account")) {
      return;
    }
    for (ModelFields.Field f :
        ModelFields.entries(
            context, "/central/recoveryAccounts", model.central().recoveryAccounts())) {
      if (f.value().equals(model.central().account())) {
        context.report(
            f.pointer(),
            "'" + f.value() + "' is the central account itself",
            "name an account outside the central account's blast radius");
      }
    }
  }
}
