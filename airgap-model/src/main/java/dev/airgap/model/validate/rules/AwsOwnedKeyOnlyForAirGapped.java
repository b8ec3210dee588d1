package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.KeyKind;
import dev.airgap.model.VaultKind;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG3001: aws-owned keys only on a logically air-gapped central vault. */
public final class AwsOwnedKeyOnlyForAirGapped implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG3001",
          Severity.ERROR,
          "key kind aws-owned is only for a logically air-gapped central vault",
          "Only logically air-gapped vaults can use an AWS-owned key (their default); a "
              + "standard vault takes a customer managed key or AWS Backup's default key, and "
              + "AWS-managed keys cannot be shared for cross-account copy (AWS Backup developer "
              + "guide, logically air-gapped vaults and cross-account backup; docs/aws-facts.md §3.1, "
              + "§5.3).",
          "Use kind: managed (the default) or kind: existing with an arn, or make the "
              + "central vault logically-air-gapped.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    if (context.isUsable("/central/key/kind")
        && model.central().key().kind() == KeyKind.AWS_OWNED
        && context.isUsable("/central/vault/kind")
        && model.central().vault().kind() == VaultKind.STANDARD) {
      context.report(
          "/central/key/kind",
          "is aws-owned, but only a logically air-gapped vault can use an AWS-owned key",
          "use kind: managed, or set central.vault.kind: logically-air-gapped");
    }
    if (context.isUsable("/members/key/kind")
        && model.members().key().kind() == KeyKind.AWS_OWNED) {
      context.report(
          "/members/key/kind",
          "is aws-owned, but member vaults are standard vaults and need a customer managed key",
          "use kind: managed, so that the central account can be allowed to copy");
    }
  }
}
