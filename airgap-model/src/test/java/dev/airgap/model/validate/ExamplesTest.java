package dev.airgap.model.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.airgap.model.io.ModelReader;
import dev.airgap.model.validate.report.HumanReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Every bundled example is a valid model")
class ExamplesTest {

  static List<Path> examples() throws IOException {
    Path dir = TestModels.repoRoot().resolve("examples");
    try (Stream<Path> children = Files.list(dir)) {
      List<Path> models =
          children
              .map(d -> d.resolve("airgap.yaml"))
              .filter(Files::isRegularFile)
              .sorted()
              .toList();
      assertThat(models).as("examples under " + dir).isNotEmpty();
      return models;
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  @DisplayName("yields no finding but the warnings its comment names")
  void exampleIsClean(Path example) throws IOException {
    Findings findings = Validator.standard().validate(ModelReader.read(example));
    // basic keeps a governance lock on purpose (its header says so), which AG2023 names;
    // enterprise excludes an account to show what AG1023 says (its comment names the rule).
    String text = Files.readString(example);
    List<String> expected = new java.util.ArrayList<>();
    if (text.contains("warning AG1023")) {
      expected.add("AG1023");
    }
    if (text.contains("governance lock")) {
      expected.add("AG2023");
    }
    assertThat(findings.all())
        .as(HumanReport.render(findings))
        .extracting(Finding::ruleId)
        .containsExactlyElementsOf(expected);
  }
}
