package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.validate.ModelFields;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/**
 * AG4002: central and member vault names differ when the central account is listed in
 * members.targets.accounts.
 */
public final class VaultNameClashInCentralAccount implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG4002",
          Severity.ERROR,
          "The central and member vaults differ in name when the central account is a "
              + "member target",
          "A member target account receives the member vault; when the central account is "
              + "one of them, both vaults would have the same name in the same account and "
              + "region, and vault names are unique there (AWS Backup API CreateBackupVault; "
              + "docs/aws-facts.md §1.2).",
          "Give members.vault.name a different name, or stop targeting the central account "
              + "as a member.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    if (!context.isUsable("/central/vault/name")
        || !context.isUsable("/members/vault/name")
        || !context.isUsable("/central/account")) {
      return;
    }
    String name = model.central().vault().name();
    if (!name.equals(model.members().vault().name())) {
      return;
    }
    for (ModelFields.Field f :
        ModelFields.entries(
            context, "/members/targets/accounts", model.members().targets().accounts())) {
      if (f.value().equals(model.central().account())) {
        context.report(
            "/members/vault/name",
            "'"
                + name
                + "' is also the central vault's name, and the central account "
                + f.value()
                + " is a member target",
            "give the member vault another name, e.g. airgap-local");
        return;
      }
    }
  }
}
