package dev.airgap.generator.check;

import dev.airgap.model.io.SourceMap;
import dev.airgap.model.validate.Finding;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/**
 * AG5008: the generator could build every template. A model that passed validation but cannot be
 * compiled (for instance an empty region list) is reported here rather than thrown.
 */
public final class ModelCompilable implements TemplateRule {
  static final RuleInfo INFO =
      new RuleInfo(
          "AG5008",
          Severity.ERROR,
          "Model can be compiled into templates",
          "The generator assumes a model without errors; when a gap in validation lets through a model it cannot"
              + " build, nothing is written and the reason is reported.",
          "Fix the value the message names (for example add a region), and report the missing validation rule.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(TemplateRuleContext context) {
    // Reported by AirGapCompiler when generation fails; templates that exist were built.
  }

  /** The finding for a generation failure. */
  public static Finding finding(RuntimeException e, SourceMap sourceMap) {
    String message =
        "cannot generate the templates: "
            + e.getClass().getSimpleName()
            + (e.getMessage() == null ? "" : " " + e.getMessage());
    return new Finding(
        INFO.id(), INFO.defaultSeverity(), "", message, INFO.fix(), sourceMap.locate(""));
  }
}
