package dev.airgap.generator.verify;

import dev.airgap.model.io.SourceMap;
import dev.airgap.model.validate.Finding;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/**
 * AG6000: verify could not evaluate the generated templates (a policy construct the evaluator does
 * not know). A template nobody can prove is treated like a breach: no files are written.
 */
public final class Unverifiable {
  private Unverifiable() {}

  public static final RuleInfo INFO =
      new RuleInfo(
          "AG6000",
          Severity.ERROR,
          "The generated templates can be proven",
          "airgap writes only templates whose air gap it has proven (docs/verify.md); a policy construct the evaluator"
              + " does not model cannot be proven either way.",
          "Report it with the model: the generator emitted something verify does not understand.");

  /** The finding for an evaluation that could not complete. */
  public static Finding finding(RuntimeException e, SourceMap sourceMap) {
    return new Finding(
        INFO.id(),
        INFO.defaultSeverity(),
        "",
        "verify could not evaluate the generated templates: " + e.getMessage(),
        INFO.fix(),
        sourceMap.locate(""));
  }
}
