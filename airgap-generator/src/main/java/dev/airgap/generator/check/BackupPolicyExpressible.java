package dev.airgap.generator.check;

import dev.airgap.generator.policy.BackupPolicyDocument;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/**
 * AG5007: the organization backup policy can express the model: every plan fits in a document,
 * every copy has a central vault in its region, plan names are valid and distinct, no time zone, at
 * most 10 documents per target (docs/aws-facts.md §4.5, §4.6).
 */
public final class BackupPolicyExpressible implements TemplateRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG5007",
          Severity.ERROR,
          "Organization backup policy can express every plan",
          "A backup policy has no $region (one plan per region), holds at most 10,000 characters, at most 10 can be"
              + " attached to a target, plan keys are matched without case and there is no time-zone field; a plan"
              + " that cannot be written would silently not run or not copy (docs/aws-facts.md §4.5, §4.6;"
              + " nationalarchives/terraform-aws-immutable-aws-backup#58).",
          "Add a central region for every member region that copies, shorten or rename plans, drop scheduleTimezone,"
              + " or use fewer plans and regions.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(TemplateRuleContext context) {
    for (BackupPolicyDocument.Problem problem :
        BackupPolicyDocument.build(context.model()).problems()) {
      context.report(problem.pointer(), problem.message(), INFO.fix());
    }
  }
}
