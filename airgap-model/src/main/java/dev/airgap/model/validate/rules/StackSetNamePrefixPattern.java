package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.validate.AwsFormats;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG4005: <prefix>-member-baseline matches ^[a-zA-Z][a-zA-Z0-9\-]{0,127}$. */
public final class StackSetNamePrefixPattern implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG4005",
          Severity.ERROR,
          "The stack set name prefix makes valid stack set names",
          "Stack sets are named <prefix>-<unit id>, for example <prefix>-member-baseline, "
              + "and StackSet names must match ^[a-zA-Z][a-zA-Z0-9\\-]{0,127}$ (CloudFormation API "
              + "CreateStackSetInput; docs/aws-facts.md §1.2).",
          "Start the prefix with a letter and use only letters, digits and hyphens, at most "
              + "112 characters.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  /**
   * The longest unit id of the output layout (central-vault, central-alerts, member-baseline,
   * management).
   */
  static final String LONGEST_UNIT = "member-baseline";

  @Override
  public void check(AirGapModel model, RuleContext context) {
    String p = "/deploy/stackSetNamePrefix";
    String prefix = model.deploy().stackSetNamePrefix();
    String name = prefix + "-" + LONGEST_UNIT;
    if (context.isUsable(p) && !AwsFormats.STACK_SET_NAME.matcher(name).matches()) {
      String why =
          name.length() > 128
              ? "is too long: '"
                  + prefix
                  + "-"
                  + LONGEST_UNIT
                  + "' has "
                  + name.length()
                  + " characters, at most 128 are allowed"
              : "'" + prefix + "' does not make a valid stack set name ('" + name + "')";
      context.report(
          p,
          why,
          "start with a letter, use letters, digits and hyphens, at most "
              + (127 - LONGEST_UNIT.length())
              + " characters");
    }
  }
}
