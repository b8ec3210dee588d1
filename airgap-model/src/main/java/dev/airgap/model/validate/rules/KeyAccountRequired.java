package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.KeyAccount;
import dev.airgap.model.KeyKind;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG2201: kind key-account names the key account. */
public final class KeyAccountRequired implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG2201",
          Severity.ERROR,
          "A key-account key needs its account",
          "With central.key.kind key-account airgap creates the central vault's key in another account of the organization; without its id there is nowhere to deploy the key unit (docs/aws-facts.md §20.3).",
          "Add central.key.account: the 12-digit id of the account that owns the key.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    if (!context.isUsable("/central/key/kind")) {
      return;
    }
    KeyAccount k = model.central().key().keyAccount().orElse(null);
    if (model.central().key().kind() == KeyKind.KEY_ACCOUNT
        && (k == null || k.account().isEmpty())) {
      context.report(
          "/central/key/kind",
          "is key-account but central.key.account is missing",
          "add central.key.account: the id of the account that owns the key");
    }
  }
}
