package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.BreakGlass;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/**
 * AG1019: central.breakGlass names who may assume at least one of its roles: IAM principals (with
 * MFA) or an Identity Center group.
 */
public final class BreakGlassWithoutPrincipals implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG1019",
          Severity.ERROR,
          "A break-glass block names who may assume its roles",
          "airgap generates a break-glass role only for the principals listed for it, and trusts"
              + " them only with MFA (aws:MultiFactorAuthPresent); a break-glass block with no"
              + " principal would generate no role, and a role without MFA or without named"
              + " principals would let anyone the account trusts become an admin of the vault"
              + " (docs/recovery.md; docs/aws-facts.md §15).",
          "List IAM users or roles under central.breakGlass.restore and/or"
              + " central.breakGlass.vaultAdmin, or name Identity Center groups under"
              + " central.breakGlass.identityCenter, or remove central.breakGlass.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    if (model.central().breakGlass().isEmpty()
        || !context.isUsable("/central/breakGlass/restore")
        || !context.isUsable("/central/breakGlass/vaultAdmin")) {
      return;
    }
    BreakGlass b = model.central().breakGlass().get();
    boolean groups =
        b.identityCenter()
            .map(ic -> ic.restoreGroupId().isPresent() || ic.vaultAdminGroupId().isPresent())
            .orElse(false);
    if (b.restore().isEmpty() && b.vaultAdmin().isEmpty() && !groups) {
      context.report(
          "/central/breakGlass",
          "names no principal for the restore or the vault-admin role, so nobody could assume"
              + " either and no role would be generated",
          "add restore: [arn:aws:iam::<account>:user/<name>] (MFA is always required)");
    }
  }
}
