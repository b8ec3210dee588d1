package dev.airgap.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The generator stays free of Maven and AWS SDK types, and every package says what it holds
 * (style.md §1, §8).
 */
class GeneratorStructureTest {
  private static final Path MAIN = Path.of("src/main/java");

  @Test
  @DisplayName("no Maven or AWS SDK import in the generator")
  void noMavenOrSdkImports() throws IOException {
    List<String> offenders = new ArrayList<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        for (String line : Files.readAllLines(file)) {
          if (line.startsWith("import org.apache.maven")
              || line.startsWith("import software.amazon.awssdk")) {
            offenders.add(file + ": " + line);
          }
        }
      }
    }
    assertThat(offenders).isEmpty();
  }

  @Test
  @DisplayName("every package has a package-info.java")
  void packageInfo() throws IOException {
    List<Path> missing = new ArrayList<>();
    try (Stream<Path> dirs = Files.walk(MAIN)) {
      for (Path dir : dirs.filter(Files::isDirectory).toList()) {
        boolean hasJava;
        try (Stream<Path> files = Files.list(dir)) {
          hasJava = files.anyMatch(p -> p.toString().endsWith(".java"));
        }
        if (hasJava && !Files.exists(dir.resolve("package-info.java"))) {
          missing.add(dir);
        }
      }
    }
    assertThat(missing).isEmpty();
  }
}
