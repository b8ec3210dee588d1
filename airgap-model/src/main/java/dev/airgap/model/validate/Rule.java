package dev.airgap.model.validate;

import dev.airgap.model.AirGapModel;

/**
 * A semantic check of a bound model. A rule reports JSON pointers; the {@link Validator} adds file
 * positions. Before reading a value a rule asks {@link RuleContext#isUsable(String)}, so a value
 * that failed to bind (already reported) is not reported again under another name.
 */
public interface Rule {

  RuleInfo info();

  void check(AirGapModel model, RuleContext context);
}
