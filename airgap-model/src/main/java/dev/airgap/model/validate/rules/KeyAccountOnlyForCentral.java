package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.KeyKind;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG2209: only the central vault's key lives in a key account. */
public final class KeyAccountOnlyForCentral implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG2209",
          Severity.ERROR,
          "Only the central key can live in a key account",
          "The key account holds one key per central region for the central vault (docs/aws-facts.md §20.3);"
              + " member vaults keep a key of their own account, which the member SCP protects by its alias.",
          "Use members.key.kind: managed or existing.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    if (context.isUsable("/members/key/kind")
        && model.members().key().kind() == KeyKind.KEY_ACCOUNT) {
      context.report(
          "/members/key/kind",
          "is key-account: only central.key may name a key account",
          "use members.key.kind: managed (the default)");
    }
  }
}
