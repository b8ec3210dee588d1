package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG2206: a key-account key names its key admins. */
public final class KeyAdminsRequired implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG2206",
          Severity.ERROR,
          "A key-account key needs key admins",
          "The key policy lets only the named key admins administer the key (no account-root delegation, which would make every IAM administrator of the key account a key admin, docs/aws-facts.md §13 #13); without one, nobody could ever change or retire it.",
          "List the role ARNs in the key account that administer the key under central.key.admins.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    if (!context.isUsable("/central/key/kind")) {
      return;
    }
    if (!KeyAccountIsCentral.keyAccount(model).isEmpty()
        && context.isUsable("/central/key/admins")
        && model.central().key().keyAccount().orElseThrow().admins().isEmpty()) {
      context.report(
          "/central/key/admins",
          "is empty: nobody could administer the key",
          "list the role ARNs of the key admins, e.g. arn:aws:iam::<key account>:role/KeyAdmin");
    }
  }
}
