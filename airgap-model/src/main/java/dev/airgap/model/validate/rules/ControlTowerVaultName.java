package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;
import java.util.Locale;

/**
 * AG2090: no airgap vault takes a name from AWS Control Tower's {@code aws-controltower-} space.
 */
public final class ControlTowerVaultName implements Rule {
  static final String PREFIX = "aws-controltower-";

  private static final RuleInfo INFO =
      new RuleInfo(
          "AG2090",
          Severity.ERROR,
          "Vault names do not start with aws-controltower-",
          "AWS Control Tower's AWS Backup integration creates the vaults "
              + "aws-controltower-central-backupvault-* in its Central Backup account and manages "
              + "them only through its own API (CT.BACKUP.PV.3 denies changes to them except to "
              + "AWSControlTowerExecution); a vault of airgap named in that space can clash with "
              + "one of them when the central account is Control Tower's, and is mistaken for "
              + "Control Tower's by people and tools (docs/aws-facts.md §6.7).",
          "Choose a name outside aws-controltower-*, e.g. airgap-central.");

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
    if (context.isUsable(pointer) && name.toLowerCase(Locale.ROOT).startsWith(PREFIX)) {
      context.report(
          pointer,
          "'" + name + "' is in AWS Control Tower's vault name space (aws-controltower-*)",
          "rename the vault, e.g. airgap-central; Control Tower manages the vaults named so");
    }
  }
}
