package dev.airgap.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Wiring of the four AWS goals, by plain construction (style.md §7): skip, and input checked before
 * any AWS call.
 */
class DeployGoalsWiringTest {
  @TempDir Path dir;

  static Stream<AbstractDeployMojo> goals() {
    return Stream.of(new DeployMojo(), new PlanMojo(), new DoctorMojo(), new DriftMojo());
  }

  private static final class CapturingLog extends SystemStreamLog {
    final List<String> infos = new ArrayList<>();

    @Override
    public void info(CharSequence content) {
      infos.add(content.toString());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goals")
  @DisplayName("airgap.skip skips the goal with one INFO line")
  void skip(AbstractDeployMojo mojo) throws Exception {
    CapturingLog log = new CapturingLog();
    mojo.setLog(log);
    mojo.skip = true;
    mojo.outputDirectory = new File("does-not-exist");

    mojo.execute();

    assertThat(log.infos)
        .containsExactly("Skipping airgap:" + mojo.goal() + ": airgap.skip is true");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goals")
  @DisplayName("a missing manifest fails before any AWS client is built")
  void missingManifest(AbstractDeployMojo mojo) {
    mojo.outputDirectory = dir.toFile();
    mojo.maxAttempts = 8;

    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessage(
            dir.resolve("airgap-manifest.json") + " does not exist; run airgap:generate first");
  }

  @Test
  @DisplayName(
      "airgap:diff -Dairgap.live=true takes the live-plan path: it reads the manifest, not the model")
  void liveDiffReadsTheManifest() {
    DiffMojo mojo = new DiffMojo();
    mojo.live = true;
    mojo.outputDirectory = dir.toFile();
    mojo.model = dir.resolve("no-model-needed.yaml").toFile();
    mojo.maxAttempts = 8;

    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessage(
            dir.resolve("airgap-manifest.json") + " does not exist; run airgap:generate first");
  }
}
