package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.MemberAirGappedVault;
import dev.airgap.model.validate.AwsFormats;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/**
 * AG4404: the member logically air-gapped vault has a valid name that differs from the member
 * vault's.
 */
public final class MemberAirGappedVaultName implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG4404",
          Severity.ERROR,
          "The member logically air-gapped vault's name is invalid or the member vault's",
          "BackupVaultName must match ^[a-zA-Z0-9\\-\\_]{2,50}$ and vault names are unique per"
              + " account and Region (AWS::Backup::LogicallyAirGappedBackupVault schema;"
              + " docs/aws-facts.md §1.2); the member baseline creates both vaults in every member"
              + " account and region.",
          "Give members.airGappedVault a name of 2 to 50 of a-z, A-Z, 0-9, - and _ other than"
              + " members.vault.name.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    String p = "/members/airGappedVault/name";
    if (model.members().airGappedVault().isEmpty() || !context.isUsable(p)) {
      return;
    }
    String name = model.members().airGappedVault().get().name();
    if (!AwsFormats.VAULT_NAME.matcher(name).matches()) {
      context.report(
          p,
          "'" + name + "' is not a valid vault name (2 to 50 of a-z, A-Z, 0-9, - and _)",
          "rename the vault; vault names cannot contain dots or spaces");
    } else if (context.isUsable("/members/vault/name")
        && name.equals(model.members().vault().name())) {
      context.report(
          p,
          "'" + name + "' is also members.vault.name; both vaults are created in every member",
          "use another name, e.g. " + MemberAirGappedVault.DEFAULT_NAME);
    }
  }
}
