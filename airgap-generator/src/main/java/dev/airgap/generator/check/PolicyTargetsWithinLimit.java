package dev.airgap.generator.check;

import com.fasterxml.jackson.databind.JsonNode;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/**
 * AG5009: an {@code AWS::Organizations::Policy} names at most 100 {@code TargetIds} (the documented
 * maximum, facts.md §6.4). The targets come from the model (the central account and the members'
 * OUs and accounts), so the finding points at {@code /members/targets}, not at the template.
 *
 * <p>Reported rather than split: copies of one policy with parts of the targets would each need a
 * distinct name, would count against the per-target policy quotas (facts.md §4.6, §6.1) only once
 * per target but would multiply the template size, and targeting parent OUs is the better fix
 * anyway. The Lambda SCP mode attaches one target per API call, so its custom resource is exempt.
 */
public final class PolicyTargetsWithinLimit implements TemplateRule {
  static final int LIMIT = 100;
  static final String POINTER = "/members/targets";

  private static final RuleInfo INFO = new RuleInfo("AG5009", Severity.ERROR,
      "Organization policy targets within 100",
      "AWS::Organizations::Policy documents at most 100 TargetIds (facts.md §6.4); CloudFormation would reject"
          + " the SCP or backup policy of a model that lists more member OUs and accounts.",
      "Target parent OUs instead of many OUs or accounts (a policy attached to an OU applies to every account"
          + " below it); for the SCP alone, protection.scp.mode: lambda attaches one target at a time.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(TemplateRuleContext context) {
    for (TemplateResource tr : context.resources()) {
      if (!tr.resource().type().equals("AWS::Organizations::Policy")) {
        continue;
      }
      JsonNode targets = tr.properties().path("TargetIds");
      if (targets.size() > LIMIT) {
        context.report(POINTER, tr.template().fileName() + " " + tr.logicalId() + " TargetIds: " + targets.size()
            + " targets, over the documented maximum of " + LIMIT, INFO.fix());
      }
    }
  }
}
