package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG2204: the key account is not the management account. */
public final class KeyAccountIsManagement implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG2204",
          Severity.ERROR,
          "The key account is the management account",
          "SCPs never bind the management account (docs/aws-facts.md §6.1), so the key-account SCP that denies key destruction to all but the key admins would not hold there, and service-managed stack sets never deploy to it (§8.3).",
          "Name a member account of its own as central.key.account.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    if (!context.isUsable("/central/key/kind")) {
      return;
    }
    String account = KeyAccountIsCentral.keyAccount(model);
    if (!account.isEmpty()
        && context.isUsable("/central/key/account")
        && account.equals(model.organization().managementAccount())) {
      context.report(
          "/central/key/account",
          "is the management account "
              + account
              + ": no SCP binds it, so nothing but the key policy would protect the key",
          "name an account of its own in an OU of its own");
    }
  }
}
