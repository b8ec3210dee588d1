package dev.airgap.model.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.airgap.model.io.ModelReader;
import dev.airgap.model.validate.report.HumanReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden cases: {@code src/test/resources/findings/<case>/airgap.yaml} and the human report it must
 * print, {@code expected.txt}. Run with {@code -Dairgap.updateGolden=true} to rewrite the expected
 * files after an intended change, then review the diff.
 */
@DisplayName("Rendered findings of the golden cases")
class FindingsGoldenTest {
  private static final Path CASES = Path.of("src/test/resources/findings");

  @TestFactory
  Stream<DynamicTest> cases() throws IOException {
    List<Path> dirs;
    try (Stream<Path> list = Files.list(CASES)) {
      dirs = list.filter(Files::isDirectory).sorted().toList();
    }
    assertThat(dirs).isNotEmpty();
    return dirs.stream()
        .map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
  }

  private static void check(Path dir) throws IOException {
    Path input = dir.resolve("airgap.yaml");
    Path expectedFile = dir.resolve("expected.txt");
    assertThat(input).as("every case has an airgap.yaml").isRegularFile();
    String actual =
        HumanReport.render(
            Validator.standard()
                .validate(ModelReader.read("airgap.yaml", Files.readAllBytes(input))));
    if (Boolean.parseBoolean(System.getProperty("airgap.updateGolden", "false"))) {
      Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
      System.out.println("updated " + expectedFile);
      return;
    }
    if (!Files.isRegularFile(expectedFile)) {
      fail(
          expectedFile
              + " is missing; run ./mvnw -B test -pl airgap-model -Dairgap.updateGolden=true");
    }
    assertThat(actual)
        .as("rendered findings of %s (update with -Dairgap.updateGolden=true)", dir.getFileName())
        .isEqualTo(Files.readString(expectedFile, StandardCharsets.UTF_8));
  }
}
