package dev.airgap.maven.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** style.md §1: only deploy.aws imports the AWS SDK; the deploy core sees no Maven type. */
class DeployArchitectureTest {
  private static final Path MAIN = Path.of("src/main/java/dev/airgap/maven");

  private static List<Path> sources() throws IOException {
    try (Stream<Path> s = Files.walk(MAIN)) {
      return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
  }

  @Test
  @DisplayName("only dev.airgap.maven.deploy.aws imports software.amazon.awssdk")
  void sdkOnlyInAws() throws IOException {
    List<Path> offenders =
        sources().stream()
            .filter(p -> !p.startsWith(MAIN.resolve("deploy/aws")))
            .filter(p -> read(p).contains("software.amazon.awssdk"))
            .toList();
    assertThat(offenders).isEmpty();
  }

  @Test
  @DisplayName("the deploy core imports no Maven type")
  void noMavenInDeployCore() throws IOException {
    List<Path> offenders =
        sources().stream()
            .filter(p -> p.startsWith(MAIN.resolve("deploy")))
            .filter(p -> read(p).contains("org.apache.maven"))
            .toList();
    assertThat(offenders).isEmpty();
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
