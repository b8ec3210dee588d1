package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.KeyKind;
import dev.airgap.model.VaultKind;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/**
 * AG3008: a logically air-gapped vault with a customer managed key. Its point is that nobody in the
 * organization can make the copies unreadable; an AWS-owned key (the default) cannot be disabled or
 * scheduled for deletion by any customer, a customer managed key can.
 */
public final class AirGappedVaultCustomerKey implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG3008",
          Severity.WARNING,
          "A logically air-gapped vault uses the AWS-owned key",
          "Disabling or scheduling the deletion of a customer managed key makes every recovery point it "
              + "encrypts unreadable, compliance lock or not; an AWS-owned key cannot be touched by any "
              + "customer principal. AWS recommends the AWS-owned default for logically air-gapped vaults, and "
              + "the key cannot be changed after the vault is created (docs/aws-facts.md §13.7).",
          "Remove central.key (the default is aws-owned), or keep the customer managed key knowing that its "
              + "admins can crypto-shred the vault.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    if (context.isUsable("/central/vault/kind")
        && model.central().vault().kind() == VaultKind.LOGICALLY_AIR_GAPPED
        && context.isUsable("/central/key/kind")
        && model.central().key().kind() != KeyKind.AWS_OWNED) {
      context.report(
          "/central/key/kind",
          "is "
              + model.central().key().kind().yamlName()
              + ": whoever may disable or delete that key can make the logically air-gapped vault unreadable",
          "use the default aws-owned key");
    }
  }
}
