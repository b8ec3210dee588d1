package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.MultiPartyApproval;
import dev.airgap.model.VaultKind;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG2140: Multi-party approval needs a logically air-gapped central vault */
public final class MpaNeedsAirGappedVault implements Rule {
  private static final String P = "/central/multiPartyApproval";

  private static final RuleInfo INFO =
      new RuleInfo(
          "AG2140",
          Severity.ERROR,
          "Multi-party approval needs a logically air-gapped central vault",
          "AWS Backup associates a multi-party approval team only with a logically air-gapped vault (AssociateBackupVaultMpaApprovalTeam; docs/aws-facts.md §13.20).",
          "Set central.vault.kind: logically-air-gapped, or remove central.multiPartyApproval.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    if (model.central().multiPartyApproval().isEmpty() || !context.isUsable(P)) {
      return;
    }
    MultiPartyApproval mpa = model.central().multiPartyApproval().get();
    if (context.isUsable("/central/vault/kind")
        && model.central().vault().kind() != VaultKind.LOGICALLY_AIR_GAPPED) {
      context.report(
          P,
          "is set for a standard vault, which takes no approval team (account "
              + mpa.account()
              + ")",
          "set central.vault.kind: logically-air-gapped, or remove multiPartyApproval");
    }
  }
}
