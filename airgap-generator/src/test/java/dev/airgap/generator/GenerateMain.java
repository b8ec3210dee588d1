package dev.airgap.generator;

import dev.airgap.model.io.ModelReader;
import java.nio.file.Path;

/** Run in a separate JVM by {@link DeterminismTest}: prints every output file's SHA-256. */
public final class GenerateMain {
  private GenerateMain() {}

  public static void main(String[] args) {
    for (String model : args) {
      CompileResult result = AirGapCompiler.standard().compile(ModelReader.read(Path.of(model)));
      if (result.findings().hasErrors()) {
        System.out.println(model + " ERROR " + result.findings().all());
      }
      for (GeneratedFile f : result.files()) {
        System.out.println(
            model
                + " "
                + f.path()
                + " "
                + dev.airgap.generator.manifest.ManifestBuilder.sha256(f.content()));
      }
    }
  }
}
