package dev.airgap.generator.check;

import dev.airgap.generator.cfn.Resource;
import dev.airgap.generator.facts.ResourceFacts;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;
import java.util.Optional;

/**
 * AG5005: vaults and keys (the stateful types of {@link ResourceFacts}) carry DeletionPolicy and
 * UpdateReplacePolicy Retain (docs/aws-facts.md §2.2, §8.2).
 */
public final class StatefulResourceRetained implements TemplateRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG5005",
          Severity.ERROR,
          "Vaults and keys are retained on delete and replacement",
          "A compliance-locked vault with recovery points cannot be deleted, and deleting a key makes every backup"
              + " under it unreadable; Retain keeps a stack deletion or replacement from trying (docs/aws-facts.md §2.2, §5.4, §8.2;"
              + " cfn-lint UpdateReplacePolicyDeletionPolicyOnStatefulResourceTypes).",
          "Generator bug: every vault and key must be emitted with Resource.retained().");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(TemplateRuleContext context) {
    for (TemplateResource tr : context.resources()) {
      Resource r = tr.resource();
      if (ResourceFacts.isStateful(r.type())) {
        if (!r.deletionPolicy().equals(Optional.of("Retain"))) {
          context.report(
              tr.template(),
              tr.logicalId(),
              r,
              "DeletionPolicy",
              r.type() + " is not retained on delete",
              INFO.fix());
        }
        if (!r.updateReplacePolicy().equals(Optional.of("Retain"))) {
          context.report(
              tr.template(),
              tr.logicalId(),
              r,
              "UpdateReplacePolicy",
              r.type() + " is not retained on replacement",
              INFO.fix());
        }
      }
    }
  }
}
