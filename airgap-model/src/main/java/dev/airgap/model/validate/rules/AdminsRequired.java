package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG1014: the vault has an admin: central.admins or a generated break-glass role. */
public final class AdminsRequired implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG1014",
          Severity.ERROR,
          "The central vault has at least one admin (central.admins or central.breakGlass)",
          "The vault policy, the SCP and the key policy deny the destructive backup actions "
              + "to every principal except the admins; with no admin nobody can ever change the "
              + "vault's policy or lock, and the deploy role itself is locked out of later "
              + "updates (AWS Backup vault access policy; KMS lock-out check; docs/aws-facts.md §2.3, "
              + "§5.1, §6.3).",
          "List at least one IAM role ARN (or ArnLike pattern) under central.admins, e.g. "
              + "arn:aws:iam::222222222222:role/BackupVaultAdmin, or let airgap generate the "
              + "break-glass roles (central.breakGlass).");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    // The break-glass roles airgap generates are admins too; AG1019 reports a block without any.
    boolean breakGlass =
        model
            .central()
            .breakGlass()
            .map(
                b ->
                    !b.restore().isEmpty()
                        || !b.vaultAdmin().isEmpty()
                        || b.identityCenter()
                            .map(
                                ic ->
                                    ic.restoreGroupId().isPresent()
                                        || ic.vaultAdminGroupId().isPresent())
                            .orElse(false))
            .orElse(false);
    if (context.isUsable("/central/admins") && model.central().admins().isEmpty() && !breakGlass) {
      context.report(
          "/central/admins",
          "no admin is listed, so the deny statements would lock everyone out of the vault",
          "add central.admins: [arn:aws:iam::<central account>:role/BackupVaultAdmin] (a role that exists),"
              + " or central.breakGlass");
    }
  }
}
