package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG2208: the key account has no other role in the model. */
public final class KeyAccountSharesRole implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG2208",
          Severity.ERROR,
          "The key account has another role in the model",
          "A delegated administrator runs airgap's stack sets, a recovery or approval account is reached from outside the air gap, a member account gets the member baseline and its admins: each puts principals into the key account that are not key admins, which the key account exists to keep out (docs/aws-facts.md §20.3).",
          "Use an account that holds nothing but the key as central.key.account.");

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
    if (account.isEmpty() || !context.isUsable("/central/key/account")) {
      return;
    }
    String role = null;
    if (model.organization().delegatedAdminAccount().filter(account::equals).isPresent()) {
      role = "the delegated administrator account";
    } else if (model.central().recoveryAccounts().contains(account)) {
      role = "a recovery account";
    } else if (model
        .central()
        .multiPartyApproval()
        .filter(m -> m.account().equals(account))
        .isPresent()) {
      role = "the multi-party approval account";
    } else if (model.members().targets().accounts().contains(account)) {
      role = "a member account";
    }
    if (role != null) {
      context.report(
          "/central/key/account",
          "is also " + role + ": the key account must hold nothing but the key",
          "name an account of its own");
    }
  }
}
