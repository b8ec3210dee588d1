package dev.airgap.generator.verify;

import dev.airgap.model.validate.RuleInfo;

/**
 * One property check (AG6xxx), like a model rule or a template rule: it reports, the context
 * locates.
 */
public interface VerifyRule {
  RuleInfo info();

  void check(VerifyContext context);
}
