package dev.airgap.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.airgap.model.io.ModelReader;
import dev.airgap.model.validate.Finding;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Seeded random valid models (the seed is in every message): each compiles without an error,
 * generates the same bytes twice, and cfn-lint finds nothing in any of its templates.
 */
class RandomModelsTest {
  private static final int MODELS = 40;

  @Test
  @DisplayName("random valid models compile cleanly, deterministically, and pass cfn-lint")
  void randomModels() throws Exception {
    Path out = Paths.get("target", "random-models");
    List<String> templates = new ArrayList<>();
    for (long seed = 1; seed <= MODELS; seed++) {
      String yaml = RandomModels.model(seed);
      CompileResult result =
          AirGapCompiler.standard().compile(ModelReader.read("airgap.yaml", yaml.getBytes()));
      assertThat(result.findings().all())
          .as("seed %d:\n%s", seed, yaml)
          .filteredOn(Finding::isError)
          .extracting(Finding::toString)
          .isEmpty();
      // Four units, the manifest, architecture.md and one or more backup-policies stacks.
      assertThat(result.files()).as("seed %d", seed).hasSizeGreaterThanOrEqualTo(7);
      CompileResult again =
          AirGapCompiler.standard().compile(ModelReader.read("airgap.yaml", yaml.getBytes()));
      assertThat(again.files()).as("seed %d", seed).isEqualTo(result.files());
      Path dir = out.resolve("seed-" + seed);
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("airgap.yaml"), yaml);
      for (GeneratedFile f : result.files()) {
        Files.write(dir.resolve(f.path()), f.content());
        if (f.path().endsWith(".yaml")) {
          templates.add(dir.resolve(f.path()).toString());
        }
      }
    }
    List<String> command = new ArrayList<>(List.of("cfn-lint", "--format", "parseable", "--"));
    command.addAll(templates);
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(600, TimeUnit.SECONDS)).isTrue();
    assertThat(output).as("cfn-lint over %s (models kept there)", out.toAbsolutePath()).isEmpty();
  }
}
