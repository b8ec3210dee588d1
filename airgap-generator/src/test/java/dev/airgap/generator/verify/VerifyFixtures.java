package dev.airgap.generator.verify;

import dev.airgap.generator.GeneratedTemplate;
import dev.airgap.generator.Golden;
import dev.airgap.generator.TemplateGenerator;
import dev.airgap.model.AirGapModel;
import dev.airgap.model.io.ModelReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Models and templates for verify tests: frozen unsound ones, and the current generator's. */
final class VerifyFixtures {
  private VerifyFixtures() {}

  static final Path UNSOUND = Path.of("src/test/resources/verify/unsound-today");

  static AirGapModel model(Path airgapYaml) {
    return ModelReader.read(airgapYaml).model().orElseThrow();
  }

  /** The frozen templates of a case, as the generator handed them over. */
  static List<GeneratedTemplate> frozen(Path dir) {
    List<GeneratedTemplate> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f :
          files
              .filter(p -> p.toString().endsWith(".yaml") && !p.endsWith("airgap.yaml"))
              .sorted()
              .toList()) {
        String id = f.getFileName().toString().replaceFirst("\\.yaml$", "");
        out.add(
            new GeneratedTemplate(
                dev.airgap.generator.units.UnitId.of(id), null, Files.readAllBytes(f)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  static VerifyReport verifyFrozen(String name) {
    Path dir = UNSOUND.resolve(name);
    return Verifier.verify(model(dir.resolve("airgap.yaml")), frozen(dir));
  }

  /** What the current generator writes for a model file (examples, golden cases). */
  static List<GeneratedTemplate> generate(AirGapModel model) {
    return TemplateGenerator.standard().generate(model);
  }

  static Path repo(String relative) {
    return Golden.repoRoot().resolve(relative);
  }
}
