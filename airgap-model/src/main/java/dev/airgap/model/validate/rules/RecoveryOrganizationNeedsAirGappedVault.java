package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.RecoveryOrganization;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG2301: A recovery organization needs a logically air-gapped central vault */
public final class RecoveryOrganizationNeedsAirGappedVault implements Rule {
  static final String P = "/recoveryOrganization";

  private static final RuleInfo INFO =
      new RuleInfo(
          "AG2301",
          Severity.ERROR,
          "A recovery organization needs a logically air-gapped central vault",
          "Only a logically air-gapped vault can be shared with another account through AWS RAM and take a multi-party approval team; a standard vault cannot reach the recovery organization at all (AWS Backup developer guide, logically air-gapped vaults and multi-party approval; docs/aws-facts.md §3.1, §13.20, §22).",
          "Set central.vault.kind: logically-air-gapped, or remove recoveryOrganization.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    if (model.recoveryOrganization().isEmpty() || !context.isUsable(P)) {
      return;
    }
    RecoveryOrganization r = model.recoveryOrganization().get();
    if (context.isUsable("/central/vault/kind")
        && model.central().vault().kind() != dev.airgap.model.VaultKind.LOGICALLY_AIR_GAPPED) {
      context.report(
          P,
          "the central vault '"
              + model.central().vault().name()
              + "' is a standard vault, which AWS RAM cannot share with the recovery account",
          "set central.vault.kind: logically-air-gapped");
    }
  }
}
