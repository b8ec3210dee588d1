package dev.airgap.model.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.airgap.model.io.ModelReader;
import dev.airgap.model.validate.Finding;
import dev.airgap.model.validate.Findings;
import dev.airgap.model.validate.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The bad-input corpus: {@code src/test/resources/bad/<case>.yaml} with {@code <case>.expect}
 * listing, one per line, the rule id and JSON pointer of every finding the case must produce
 * ({@code AG2003 /central/vault/lock/minRetentionDays}), optionally followed by {@code @line:col}.
 * The findings must match the list exactly: nothing missing, nothing extra.
 */
class BadInputCorpusTest {
  private static final Path CORPUS = Path.of("src/test/resources/bad");

  @Test
  void theCorpusHasAtLeast150Cases() throws IOException {
    assertThat(cases()).hasSizeGreaterThanOrEqualTo(150);
  }

  @TestFactory
  Stream<DynamicTest> everyCaseProducesExactlyItsFindings() throws IOException {
    return cases().stream()
        .map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> check(c)));
  }

  private static List<Path> cases() throws IOException {
    try (Stream<Path> files = Files.list(CORPUS)) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  @TestFactory
  Stream<DynamicTest> everyExpectationHasItsCase() throws IOException {
    try (Stream<Path> files = Files.list(CORPUS)) {
      return files.filter(p -> p.toString().endsWith(".expect")).sorted().toList().stream()
          .map(
              e ->
                  DynamicTest.dynamicTest(
                      e.getFileName().toString(),
                      () ->
                          assertThat(
                                  Files.exists(
                                      Path.of(e.toString().replaceAll("\\.expect$", ".yaml"))))
                              .isTrue()));
    }
  }

  private static void check(Path yaml) throws IOException {
    Path expectFile = Path.of(yaml.toString().replaceAll("\\.yaml$", ".expect"));
    assertThat(expectFile).as("expectations of " + yaml.getFileName()).exists();
    List<String> expectLines =
        Files.readAllLines(expectFile, StandardCharsets.UTF_8).stream()
            .map(String::strip)
            .filter(l -> !l.isEmpty() && !l.startsWith("#"))
            .toList();
    byte[] content = Files.readAllBytes(yaml);
    Findings findings = Validator.standard().validate(ModelReader.read("airgap.yaml", content));

    Set<String> expected = new TreeSet<>();
    List<String> expectedLocations = new ArrayList<>();
    for (String line : expectLines) {
      String[] parts = line.split("\\s+");
      expected.add(
          parts[0] + " " + (parts.length > 1 && !parts[1].startsWith("@") ? parts[1] : ""));
      for (String part : parts) {
        if (part.startsWith("@")) {
          expectedLocations.add(parts[0] + " " + part.substring(1));
        }
      }
    }
    Set<String> actual = new TreeSet<>();
    List<String> actualLocations = new ArrayList<>();
    for (Finding f : findings.all()) {
      actual.add(f.ruleId() + " " + f.pointer());
      actualLocations.add(f.ruleId() + " " + f.location().line() + ":" + f.location().column());
      assertThat(f.location().line()).isPositive();
      assertThat(f.location().column()).isPositive();
      assertThat(f.message()).isNotBlank();
    }
    assertThat(actual)
        .as(
            "findings of %s:%n%s",
            yaml.getFileName(),
            findings.all().stream().map(Finding::toString).reduce("", (a, b) -> a + b + "\n"))
        .isEqualTo(expected);
    assertThat(actualLocations).containsAll(expectedLocations);
  }
}
