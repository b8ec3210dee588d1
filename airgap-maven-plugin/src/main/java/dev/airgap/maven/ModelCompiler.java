package dev.airgap.maven;

import dev.airgap.generator.AirGapCompiler;
import dev.airgap.generator.CompileResult;
import dev.airgap.model.io.ModelReader;

/**
 * The core as the mojos see it: model bytes in, findings and files out. A seam, so wiring tests run
 * the mojos against a fake core without depending on what the generator produces.
 */
@FunctionalInterface
public interface ModelCompiler {

  /**
   * @param fileName how findings name the model file, e.g. {@code airgap.yaml}
   * @param content the model's bytes
   */
  CompileResult compile(String fileName, byte[] content);

  /** {@code AirGapCompiler.standard()} over {@code ModelReader.read}. */
  static ModelCompiler standard() {
    return (fileName, content) ->
        AirGapCompiler.standard().compile(ModelReader.read(fileName, content));
  }
}
