package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.KeyKind;
import dev.airgap.model.KeySettings;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG3003: arn given without kind existing. */
public final class KeyArnWithoutExistingKind implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG3003",
          Severity.ERROR,
          "A key arn is only used with kind existing",
          "airgap creates the key for kind managed and uses none for aws-owned, so an arn "
              + "there would be silently ignored and the vault encrypted with a different key "
              + "than the one named (AWS::Backup::BackupVault EncryptionKeyArn; docs/aws-facts.md §2.1).",
          "Add kind: existing to use the key, or remove arn.");

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
        && key.kind() != KeyKind.EXISTING
        && context.isUsable(pointer + "/arn")
        && key.arn().isPresent()) {
      context.report(
          pointer + "/arn",
          "is set, but kind is " + key.kind().yamlName() + ", so the key would not be used",
          "add kind: existing to use this key, or remove arn");
    }
  }
}
