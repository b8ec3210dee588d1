package dev.airgap.generator;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.io.ModelReader;
import dev.airgap.model.io.ReadResult;
import java.nio.file.Path;

/** Golden models as test inputs. */
public final class Fixtures {
  private Fixtures() {}

  public static ReadResult read(String goldenCase) {
    return ModelReader.read(Path.of("src/test/resources/golden", goldenCase, "airgap.yaml"));
  }

  public static AirGapModel model(String goldenCase) {
    return read(goldenCase).model().orElseThrow();
  }
}
