package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/**
 * AG1021: the break-glass role names, {@code <stackSetNamePrefix>-break-glass-vault-admin} the
 * longest, fit IAM's 64-character limit on role names (docs/aws-facts.md §15.2).
 */
public final class BreakGlassRoleNameLength implements Rule {
  /** The longest generated role name suffix after the prefix. */
  static final String LONGEST_SUFFIX = "-break-glass-vault-admin";

  private static final RuleInfo INFO =
      new RuleInfo(
          "AG1021",
          Severity.ERROR,
          "The break-glass role names fit IAM's 64 characters",
          "airgap names the break-glass roles <deploy.stackSetNamePrefix>-break-glass-restore and"
              + " -break-glass-vault-admin; IAM rejects a role name longer than 64 characters, so"
              + " the stack would fail after the model validated (IAM quotas; docs/aws-facts.md"
              + " §15.2).",
          "Shorten deploy.stackSetNamePrefix to at most "
              + (64 - LONGEST_SUFFIX.length())
              + " characters, or remove central.breakGlass.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    String p = "/deploy/stackSetNamePrefix";
    if (model.central().breakGlass().isEmpty() || !context.isUsable(p)) {
      return;
    }
    String name = model.deploy().stackSetNamePrefix() + LONGEST_SUFFIX;
    if (name.length() > 64) {
      context.report(
          p,
          "makes the break-glass role name '"
              + name
              + "' "
              + name.length()
              + " characters long; IAM allows 64",
          "use a prefix of at most " + (64 - LONGEST_SUFFIX.length()) + " characters");
    }
  }
}
