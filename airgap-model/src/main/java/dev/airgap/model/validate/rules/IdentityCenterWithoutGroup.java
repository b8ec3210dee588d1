package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.IdentityCenterBreakGlass;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/**
 * AG1034: central.breakGlass.identityCenter names at least one group; without one it would generate
 * nothing and read as if the Identity Center path were set up.
 */
public final class IdentityCenterWithoutGroup implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG1034",
          Severity.ERROR,
          "A break-glass Identity Center block names a group",
          "airgap generates a break-glass permission set only for the purpose whose group the"
              + " model names; an identityCenter block with neither restoreGroupId nor"
              + " vaultAdminGroupId generates no permission set and no assignment (docs/aws-facts.md §18).",
          "Add restoreGroupId and/or vaultAdminGroupId, or remove central.breakGlass.identityCenter.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    IdentityCenterBreakGlass ic =
        model.central().breakGlass().flatMap(b -> b.identityCenter()).orElse(null);
    if (ic != null && ic.restoreGroupId().isEmpty() && ic.vaultAdminGroupId().isEmpty()) {
      context.report(
          "/central/breakGlass/identityCenter",
          "names no group, so no permission set would be generated",
          "add restoreGroupId: <Identity Store group ID>");
    }
  }
}
