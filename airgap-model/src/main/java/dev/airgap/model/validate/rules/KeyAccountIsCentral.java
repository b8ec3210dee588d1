package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.KeyAccount;
import dev.airgap.model.KeyKind;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG2203: the key account is not the central account. */
public final class KeyAccountIsCentral implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG2203",
          Severity.ERROR,
          "The key account is the central account",
          "A key account exists so that whoever controls the central account cannot disable or delete the key that makes its copies readable (issue 14, docs/aws-facts.md §5.4, §20.3); the same account defeats that.",
          "Name a separate account as central.key.account, or use central.key.kind: managed.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    if (!context.isUsable("/central/key/kind")) {
      return;
    }
    String account = keyAccount(model);
    if (!account.isEmpty()
        && context.isUsable("/central/key/account")
        && account.equals(model.central().account())) {
      context.report(
          "/central/key/account",
          "is the central account "
              + account
              + ": a key account must be separate from the vault it protects",
          "name another account, or use central.key.kind: managed");
    }
  }

  static String keyAccount(AirGapModel model) {
    return model.central().key().kind() == KeyKind.KEY_ACCOUNT
        ? model.central().key().keyAccount().map(KeyAccount::account).orElse("")
        : "";
  }
}
