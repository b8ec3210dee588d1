package dev.airgap.generator.check;

import dev.airgap.model.validate.RuleInfo;

/**
 * A check of the generated templates (AG5xxx). Like model rules, it reports; the engine locates.
 */
public interface TemplateRule {
  RuleInfo info();

  void check(TemplateRuleContext context);
}
