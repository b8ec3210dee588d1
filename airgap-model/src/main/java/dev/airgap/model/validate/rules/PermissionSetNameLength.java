package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/**
 * AG1033: the break-glass permission set names, {@code
 * <stackSetNamePrefix>-break-glass-vault-admin} the longest, fit Identity Center's 32 characters
 * (CreatePermissionSet Name; docs/aws-facts.md §18).
 */
public final class PermissionSetNameLength implements Rule {
  private static final int MAX = 32;

  private static final RuleInfo INFO =
      new RuleInfo(
          "AG1033",
          Severity.ERROR,
          "The break-glass permission set names fit Identity Center's 32 characters",
          "airgap names the permission sets like the IAM break-glass roles,"
              + " <deploy.stackSetNamePrefix>-break-glass-restore and -break-glass-vault-admin;"
              + " Identity Center rejects a permission set name longer than 32 characters"
              + " (docs/aws-facts.md §18).",
          "Shorten deploy.stackSetNamePrefix to at most "
              + (MAX - BreakGlassRoleNameLength.LONGEST_SUFFIX.length())
              + " characters, or drop central.breakGlass.identityCenter.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    String p = "/deploy/stackSetNamePrefix";
    if (model.central().breakGlass().flatMap(b -> b.identityCenter()).isEmpty()
        || !context.isUsable(p)) {
      return;
    }
    String name = model.deploy().stackSetNamePrefix() + BreakGlassRoleNameLength.LONGEST_SUFFIX;
    if (name.length() > MAX) {
      context.report(
          p,
          "makes the break-glass permission set name '"
              + name
              + "' "
              + name.length()
              + " characters long; Identity Center allows "
              + MAX,
          "use a prefix of at most "
              + (MAX - BreakGlassRoleNameLength.LONGEST_SUFFIX.length())
              + " characters");
    }
  }
}
