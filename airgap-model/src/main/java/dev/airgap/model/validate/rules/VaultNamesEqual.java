package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG4003: central and member vault names are equal. */
public final class VaultNamesEqual implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG4003",
          Severity.WARNING,
          "The central and member vaults should have different names",
          "If the central account is in a targeted OU, it receives the member vault too, "
              + "and two vaults of one name cannot exist in one account and region; different "
              + "names also keep alerts, logs and policies unambiguous (AWS Backup API "
              + "CreateBackupVault; docs/aws-facts.md §1.2).",
          "Give the member vault a different name (default airgap-local).");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    if (!context.isUsable("/central/vault/name")
        || !context.isUsable("/members/vault/name")
        || !context.isUsable("/members/targets/accounts")) {
      return;
    }
    String name = model.central().vault().name();
    // An explicitly targeted central account is AG4002's error; do not report it twice.
    if (name.equals(model.members().vault().name())
        && !model.members().targets().accounts().contains(model.central().account())) {
      context.report(
          "/members/vault/name",
          "'" + name + "' is also the central vault's name",
          "give the member vault another name, e.g. airgap-local");
    }
  }
}
