package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.KeyKind;
import dev.airgap.model.KeySettings;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG3002: kind existing has an arn. */
public final class ExistingKeyWithoutArn implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG3002",
          Severity.ERROR,
          "key kind existing names the key by arn",
          "With kind existing airgap uses a key it does not create; the vault needs its ARN "
              + "as EncryptionKeyArn (AWS::Backup::BackupVault EncryptionKeyArn; docs/aws-facts.md §2.1).",
          "Add arn: arn:aws:kms:<region>:<account>:key/<key id>, or use kind: managed.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    check(context, "/central/key", model.central().key());
    check(context, "/members/key", model.members().key());
  }

  private static void check(RuleContext context, String pointer, KeySettings key) {
    if (context.isUsable(pointer + "/kind")
        && key.kind() == KeyKind.EXISTING
        && context.isUsable(pointer + "/arn")
        && key.arn().isEmpty()) {
      context.report(
          pointer + "/kind",
          "is existing, but arn is not set",
          "add arn: the ARN of the KMS key (not an alias)");
    }
  }
}
