package dev.airgap.generator;

import dev.airgap.model.validate.Findings;
import java.util.List;

/**
 * What compiling a model produced.
 *
 * @param findings model findings and template findings, sorted
 * @param files the output files in path order; empty whenever {@code findings} has an error, so
 *     nothing half-finished is ever written
 */
public record CompileResult(Findings findings, List<GeneratedFile> files) {
  public CompileResult {
    files = List.copyOf(files);
  }
}
