package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.validate.AwsFormats;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG4001: central and member vault names match ^[a-zA-Z0-9\-\_]{2,50}$. */
public final class VaultNamePattern implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG4001",
          Severity.ERROR,
          "Vault names have 2 to 50 letters, digits, hyphens or underscores",
          "BackupVaultName must match ^[a-zA-Z0-9\\-\\_]{2,50}$ for standard and logically "
              + "air-gapped vaults; a dot or a single character is rejected at deploy time (AWS "
              + "Backup API BackupVaultName; AWS::Backup::BackupVault schema; docs/aws-facts.md §1.2, §11 "
              + "#11).",
          "Rename the vault with 2 to 50 characters from a-z, A-Z, 0-9, - and _.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    check(context, "/central/vault/name", model.central().vault().name());
    check(context, "/members/vault/name", model.members().vault().name());
  }

  private static void check(RuleContext context, String pointer, String name) {
    if (context.isUsable(pointer) && !AwsFormats.VAULT_NAME.matcher(name).matches()) {
      context.report(
          pointer,
          "'" + name + "' is not a valid vault name (2 to 50 of a-z, A-Z, 0-9, - and _)",
          "rename the vault; vault names cannot contain dots or spaces");
    }
  }
}
