package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;
import java.util.regex.Pattern;

/**
 * AG4005: the prefix is made of the characters stack and stack set names allow. Their length
 * depends on the unit ids the generator emits, so the template check AG5011 checks the real names.
 */
public final class StackSetNamePrefixPattern implements Rule {
  private static final Pattern PREFIX = Pattern.compile("^[a-zA-Z][a-zA-Z0-9\\-]*$");

  private static final RuleInfo INFO =
      new RuleInfo(
          "AG4005",
          Severity.ERROR,
          "The stack set name prefix starts with a letter and holds letters, digits and hyphens",
          "Stacks and stack sets are named <prefix>-<unit id>, and CloudFormation names must"
              + " match ^[a-zA-Z][a-zA-Z0-9\\-]{0,127}$ (CloudFormation API CreateStack,"
              + " CreateStackSet; docs/aws-facts.md §1.2). AG5011 checks the length of the real"
              + " names.",
          "Start the prefix with a letter and use only letters, digits and hyphens.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    String p = "/deploy/stackSetNamePrefix";
    String prefix = model.deploy().stackSetNamePrefix();
    if (context.isUsable(p) && !PREFIX.matcher(prefix).matches()) {
      context.report(
          p,
          "'" + prefix + "' does not make a valid stack set name",
          "start with a letter, use letters, digits and hyphens");
    }
  }
}
