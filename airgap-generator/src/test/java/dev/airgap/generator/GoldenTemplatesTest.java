package dev.airgap.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.airgap.generator.yaml.TemplateReader;
import dev.airgap.generator.yaml.TemplateWriter;
import dev.airgap.model.io.ModelReader;
import dev.airgap.model.io.ReadResult;
import dev.airgap.model.validate.Finding;
import dev.airgap.model.validate.report.HumanReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every {@code golden/<case>/airgap.yaml} compiles without findings into exactly the files in
 * {@code golden/<case>/expected/}. Update with {@code -Dairgap.updateGolden=true}.
 */
class GoldenTemplatesTest {
  static final Path GOLDEN = Paths.get("src/test/resources/golden");

  static List<Path> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(GOLDEN)) {
      return dirs.filter(Files::isDirectory).sorted().toList();
    }
  }

  static CompileResult compile(Path caseDir) {
    ReadResult read = ModelReader.read(caseDir.resolve("airgap.yaml"));
    return AirGapCompiler.standard().compile(read);
  }

  @TestFactory
  @DisplayName("each golden model compiles to its expected files")
  Stream<DynamicTest> goldenCases() throws IOException {
    return cases().stream()
        .map(
            dir ->
                DynamicTest.dynamicTest(
                    dir.getFileName().toString(),
                    () -> {
                      assertThat(dir.resolve("airgap.yaml")).as("every case has an input").exists();
                      assertThat(updatingOrExists(dir.resolve("expected")))
                          .as("every case has expected output")
                          .isTrue();
                      CompileResult result = compile(dir);
                      assertThat(result.findings().all())
                          .filteredOn(Finding::isError)
                          .extracting(Finding::toString)
                          .isEmpty();
                      // Warnings are part of the expected output: findings.txt, present only when
                      // there are any.
                      List<GeneratedFile> files = new java.util.ArrayList<>(result.files());
                      if (!result.findings().all().isEmpty()) {
                        files.add(
                            new GeneratedFile(
                                "findings.txt",
                                HumanReport.render(result.findings())
                                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                      }
                      Golden.assertDirectory(dir.resolve("expected"), files);
                      for (GeneratedFile f : result.files()) {
                        // cfct/manifest.yaml is CfCT's format, not a template.
                        if (f.path().endsWith(".yaml") && !f.path().startsWith("cfct/")) {
                          // Re-reading and re-writing a template gives the same bytes (style.md
                          // §7).
                          assertThat(TemplateWriter.yaml(TemplateReader.read(f.content())))
                              .as(f.path())
                              .isEqualTo(f.content());
                        }
                      }
                    }));
  }

  private static boolean updatingOrExists(Path expected) {
    return Golden.updating() || Files.isDirectory(expected);
  }

  @TestFactory
  @DisplayName("there are at least the five required cases")
  Stream<DynamicTest> requiredCases() throws IOException {
    List<String> names = cases().stream().map(p -> p.getFileName().toString()).toList();
    return Stream.of(
            "minimal",
            "multi-region",
            "governance-lock",
            "logically-air-gapped",
            "lambda-delegated-admin")
        .map(name -> DynamicTest.dynamicTest(name, () -> assertThat(names).contains(name)));
  }
}
