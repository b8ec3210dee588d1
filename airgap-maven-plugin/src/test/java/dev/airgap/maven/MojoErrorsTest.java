package dev.airgap.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** One test per mapped failure, asserting the whole message (style.md §7). */
class MojoErrorsTest {

  @Test
  @DisplayName("a bad parameter is the user's mistake and names the property, the value and a fix")
  void parameter() {
    Exception e =
        MojoErrors.from(
            new ParameterException("airgap.format", "xml", List.of("human", "json", "sarif")));

    assertThat(e)
        .isInstanceOf(MojoFailureException.class)
        .hasMessage(
            "airgap.format is 'xml', which is not one of human, json, sarif; set -Dairgap.format=human or fix it in the "
                + "plugin <configuration>");
  }

  @Test
  @DisplayName("a missing model is the user's mistake and says how to point at it")
  void missingModel() {
    Exception e = MojoErrors.from(new ModelMissingException(Path.of("/repo/airgap.yaml")));

    assertThat(e)
        .isInstanceOf(MojoFailureException.class)
        .hasMessage(
            "the model /repo/airgap.yaml does not exist; create it (start from examples/basic/airgap.yaml) or point "
                + "-Dairgap.model=<path> at your airgap.yaml");
  }

  @Test
  @DisplayName("an I/O failure is the environment's and says what to check")
  void io() {
    Exception e =
        MojoErrors.from(
            new FileAccessException(
                "write",
                Path.of("/repo/templates/x.yaml"),
                new java.nio.file.AccessDeniedException("/repo/templates/x.yaml")));

    assertThat(e)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage(
            "cannot write /repo/templates/x.yaml: AccessDeniedException /repo/templates/x.yaml; check that the directory "
                + "exists and is writable and the disk is not full");
    assertThat(e.getCause()).isInstanceOf(IOException.class);
  }

  @Test
  @DisplayName("cfn-lint missing while required says how to install it or relax the setting")
  void cfnLintMissing() {
    Exception e =
        MojoErrors.from(
            new CfnLintException(CfnLintException.Problem.NOT_INSTALLED, "cfn-lint", null));

    assertThat(e)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage(
            "cfn-lint is not on the PATH but airgap.cfnLint=required; install it with 'python3 -m pip install cfn-lint', "
                + "or set -Dairgap.cfnLint=auto to lint only where it is installed");
  }

  @Test
  @DisplayName("cfn-lint failing without a report says where to rerun it")
  void cfnLintFailed() {
    Exception e =
        MojoErrors.from(
            new CfnLintException(CfnLintException.Problem.FAILED, "exit code 1: boom", null));

    assertThat(e)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage(
            "cfn-lint failed without a report: exit code 1: boom; run it by hand on the templates under "
                + "target/airgap/cfn-lint/ to see why, or upgrade it with 'python3 -m pip install -U cfn-lint'");
  }

  @Test
  @DisplayName("cfn-lint timing out says how to turn it off")
  void cfnLintTimeout() {
    Exception e =
        MojoErrors.from(
            new CfnLintException(
                CfnLintException.Problem.TIMED_OUT, "no result after 300 s", null));

    assertThat(e)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage(
            "cfn-lint did not finish: no result after 300 s; run it by hand on target/airgap/cfn-lint/ or set "
                + "-Dairgap.cfnLint=off");
  }

  @Test
  @DisplayName("stale output lists each file with its state and the regenerate command")
  void stale() {
    RecordingLog log = new RecordingLog();

    MojoFailureException e =
        MojoErrors.staleOutput(
            log,
            "templates",
            List.of(
                new StaleFile("a.yaml", StaleFile.State.STALE, "--- a\n+++ b\n"),
                new StaleFile("b.yaml", StaleFile.State.EXTRA, "")));

    assertThat(e)
        .hasMessage(
            """
        templates is not what airgap:generate writes for this model (2 files):
          stale: templates/a.yaml
          extra: templates/b.yaml
        regenerate with 'mvn airgap:generate -Dairgap.check=false' and commit templates/""");
    assertThat(log.lines)
        .containsExactly(
            "[ERROR]   stale: templates/a.yaml",
            "[ERROR]       --- a",
            "[ERROR]       +++ b",
            "[ERROR]   extra: templates/b.yaml",
            "[ERROR] regenerate with 'mvn airgap:generate -Dairgap.check=false' and commit templates/");
  }
}
