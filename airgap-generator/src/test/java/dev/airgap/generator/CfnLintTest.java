package dev.airgap.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.airgap.generator.units.OutputSets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * cfn-lint (an independent implementation of the CloudFormation specs) finds no error and no
 * warning in any golden template or in the committed {@code templates/}. No rule is ignored. A
 * missing cfn-lint fails the test: CI must lint every generated template (design.md).
 */
class CfnLintTest {

  @Test
  @DisplayName("cfn-lint reports nothing for every golden and committed template")
  void cfnLintIsClean() throws Exception {
    List<String> templates = new ArrayList<>();
    for (Path caseDir : GoldenTemplatesTest.cases()) {
      templates.addAll(yamlFiles(caseDir.resolve("expected")));
      // The recovery organization's output set is a directory of its own (OutputSets).
      templates.addAll(
          yamlFiles(caseDir.resolve("expected").resolve(OutputSets.RECOVERY_DIRECTORY)));
    }
    templates.addAll(yamlFiles(Golden.repoRoot().resolve("templates")));
    assertThat(templates).as("templates to lint").hasSizeGreaterThanOrEqualTo(24);

    List<String> command = new ArrayList<>(List.of("cfn-lint", "--format", "parseable", "--"));
    command.addAll(templates);
    Process process;
    try {
      process = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException e) {
      fail(
          "cfn-lint is not on PATH; install it with: python3 -m pip install cfn-lint ("
              + e.getMessage()
              + ")");
      return;
    }
    if (!process.waitFor(300, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail("cfn-lint did not finish within 300 s");
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(output).as("cfn-lint findings").isEmpty();
    assertThat(process.exitValue()).as("cfn-lint exit code; output:\n" + output).isZero();
  }

  private static List<String> yamlFiles(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(p -> p.toString().endsWith(".yaml"))
          .sorted()
          .map(Path::toString)
          .toList();
    }
  }
}
