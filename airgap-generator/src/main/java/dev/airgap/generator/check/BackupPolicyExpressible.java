package dev.airgap.generator.check;

import dev.airgap.generator.policy.BackupPolicyDocument;
import dev.airgap.generator.resolve.ResolvedModel;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/**
 * AG5007: the organization backup policies fit AWS's limits: every plan fits in a document and at
 * most 10 documents are attached per target (docs/aws-facts.md §4.6). What the model alone decides
 * (plan names, case, time zone, a central vault per member region) is checked by model rules.
 */
public final class BackupPolicyExpressible implements TemplateRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG5007",
          Severity.ERROR,
          "Organization backup policies fit AWS's size and attachment limits",
          "A backup policy has no $region (one plan per member region), holds at most 10,000"
              + " characters and at most 10 can be attached to a target; a plan that does not fit"
              + " would silently not run (docs/aws-facts.md §4.5, §4.6;"
              + " nationalarchives/terraform-aws-immutable-aws-backup#58).",
          "Use fewer or smaller plans, or fewer member regions.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(TemplateRuleContext context) {
    for (BackupPolicyDocument.Problem problem :
        ResolvedModel.of(context.model()).backupPolicies().problems()) {
      context.report(problem.pointer(), problem.message(), INFO.fix());
    }
  }
}
