package dev.airgap.generator;

import dev.airgap.model.io.ReadResult;
import dev.airgap.model.validate.Findings;
import dev.airgap.model.validate.Validator;
import java.util.List;

/**
 * The one entry point of the core: a read model in, findings and output files out. Never logs,
 * never writes files, never throws for bad input.
 */
public final class AirGapCompiler {
  private final Validator validator;

  public AirGapCompiler(Validator validator) {
    this.validator = validator;
  }

  public static AirGapCompiler standard() {
    return new AirGapCompiler(Validator.standard());
  }

  /**
   * Validates the model and, when it has no error, generates every template, the manifest and the
   * architecture picture, then checks the templates. Files are returned only when nothing is an
   * error.
   */
  public CompileResult compile(ReadResult read) {
    Findings findings = validator.validate(read);
    if (findings.hasErrors() || read.model().isEmpty()) {
      return new CompileResult(findings, List.of());
    }
    // Template generation lands with the Generator issue.
    return new CompileResult(findings, List.of());
  }
}
