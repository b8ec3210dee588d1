package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.BackupTarget;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG4405: a member logically air-gapped vault that no plan writes into. */
public final class MemberAirGappedVaultUnused implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG4405",
          Severity.WARNING,
          "The member logically air-gapped vault receives no backups",
          "members.airGappedVault creates a compliance-locked vault in every member account and"
              + " region that cannot be deleted while it holds recovery points; it holds any only"
              + " when a plan writes into it (docs/aws-facts.md §20).",
          "Set backupTarget: logically-air-gapped-vault on the plans that should write into it, or"
              + " remove members.airGappedVault.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    if (model.members().airGappedVault().isEmpty()
        || !context.isUsable("/members/airGappedVault")) {
      return;
    }
    boolean used =
        model.plans().values().stream()
            .anyMatch(p -> p.backupTarget() == BackupTarget.LOGICALLY_AIR_GAPPED_VAULT);
    if (!used) {
      context.report(
          "/members/airGappedVault",
          "no plan has backupTarget: logically-air-gapped-vault; the vault stays empty",
          "set backupTarget on a plan, or remove members.airGappedVault");
    }
  }
}
