package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.KeyKind;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG2202: the key account's keys are set only with kind key-account. */
public final class KeyAccountWithoutKind implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG2202",
          Severity.ERROR,
          "Key account keys without kind key-account",
          "central.key.account, organizationalUnit and admins describe a key account; with another kind airgap would ignore them and the key would not be where the model says (docs/aws-facts.md §20.3).",
          "Set central.key.kind: key-account, or remove account, organizationalUnit and admins from central.key.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    if (!context.isUsable("/central/key/kind")) {
      return;
    }
    if (model.central().key().kind() == KeyKind.KEY_ACCOUNT
        || model.central().key().keyAccount().isEmpty()) {
      return;
    }
    for (String key : new String[] {"account", "organizationalUnit", "admins"}) {
      if (context.isWritten("/central/key/" + key)) {
        context.report(
            "/central/key/" + key,
            "is set but central.key.kind is "
                + model.central().key().kind().yamlName()
                + ": only kind key-account uses a key account",
            "set central.key.kind: key-account, or remove central.key." + key);
        return;
      }
    }
  }
}
