package dev.airgap.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.airgap.model.io.SourceLocation;
import dev.airgap.model.validate.Finding;
import dev.airgap.model.validate.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateMojoTest {
  @TempDir Path project;
  MojoFixture fx;

  @BeforeEach
  void setUp() throws Exception {
    fx = new MojoFixture(project);
    fx.core.file("central-vault.yaml", "Resources: {}\n").file("architecture.md", "# x\n");
  }

  @Test
  @DisplayName(
      "the request parses failOn, format and cfnLint, and defaults the report file by format")
  void request() {
    ValidateMojo mojo = fx.validate();
    mojo.failOn = "WARNING";
    mojo.format = "sarif";
    mojo.cfnLint = "off";

    ValidateRequest request = mojo.request();

    assertThat(request.failOn()).isEqualTo(Severity.WARNING);
    assertThat(request.format()).isEqualTo(ValidateRequest.Format.SARIF);
    assertThat(request.cfnLint()).isEqualTo(ValidateRequest.CfnLintMode.OFF);
    assertThat(request.reportFile()).contains(project.resolve("target/airgap/findings.sarif"));
    assertThat(request.workDirectory()).isEqualTo(project.resolve("target/airgap/cfn-lint"));
  }

  @Test
  @DisplayName("a human report goes to the log only, unless a file is given")
  void humanReportFile() {
    assertThat(fx.validate().request().reportFile()).isEmpty();
  }

  @Test
  @DisplayName("a wrong failOn value fails naming the property and the allowed values")
  void badFailOn() {
    ValidateMojo mojo = fx.validate();
    mojo.failOn = "sometimes";

    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessage(
            "airgap.failOn is 'sometimes', which is not one of error, warning; set -Dairgap.failOn=error "
                + "or fix it in the plugin <configuration>");
  }

  @Test
  @DisplayName("warnings pass at failOn=error and fail at failOn=warning")
  void failOn() throws Exception {
    fx.core.finding(Severity.WARNING, "AG2010", "/plans/daily", "short", 3, 3);
    fx.validate().execute();

    ValidateMojo strict = fx.validate();
    strict.failOn = "warning";

    assertThatThrownBy(strict::execute)
        .isInstanceOf(FindingsFailureException.class)
        .hasMessageEndingWith("warnings fail this build because airgap.failOn=warning");
  }

  @Test
  @DisplayName("json format writes the report to target/airgap/findings.json")
  void jsonReport() throws Exception {
    fx.core.finding(Severity.WARNING, "AG2010", "/plans/daily", "short", 3, 3);
    ValidateMojo mojo = fx.validate();
    mojo.format = "json";

    mojo.execute();

    JsonNode json = new ObjectMapper().readTree(fx.read("target/airgap/findings.json"));
    assertThat(json.get("warnings").asInt()).isEqualTo(1);
    assertThat(json.get("findings").get(0).get("ruleId").asText()).isEqualTo("AG2010");
  }

  @Test
  @DisplayName(
      "cfn-lint gets only the YAML templates and its findings are merged and can fail the build")
  void lintFindingsMerged() {
    ValidateMojo mojo = fx.validate();
    mojo.linter =
        (dir, templates, prefix) -> {
          assertThat(templates).containsOnlyKeys("central-vault.yaml");
          assertThat(prefix).isEqualTo("templates");
          return Optional.of(
              List.of(
                  new Finding(
                      "AG5900",
                      Severity.ERROR,
                      "/Resources/V",
                      "cfn-lint E3002: bad",
                      "",
                      new SourceLocation("templates/central-vault.yaml", 4, 5))));
        };

    assertThatThrownBy(mojo::execute)
        .isInstanceOfSatisfying(
            FindingsFailureException.class,
            e -> assertThat(e.findings().all()).extracting(Finding::ruleId).contains("AG5900"))
        .hasMessage("the model has 1 error and 0 warnings, listed above");
    // printed once, in the log: Maven repeats the exception message, so the finding is not in it
    assertThat(fx.log.at("ERROR"))
        .filteredOn(l -> l.contains("cfn-lint E3002"))
        .containsExactly(
            "templates/central-vault.yaml:4:5: error: /Resources/V: cfn-lint E3002: bad [AG5900]");
  }

  @Test
  @DisplayName(
      "cfnLint=required without cfn-lint is an environment problem with the install command")
  void lintRequired() {
    ValidateMojo mojo = fx.validate();
    mojo.cfnLint = "required";

    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("python3 -m pip install cfn-lint");
  }

  @Test
  @DisplayName("cfnLint=auto without cfn-lint says so and passes")
  void lintAuto() throws Exception {
    fx.validate().execute();

    assertThat(fx.log.at("INFO"))
        .contains(
            "cfn-lint is not on the PATH; templates not linted (-Dairgap.cfnLint=required makes that an error)");
  }

  @Test
  @DisplayName("cfnLint=off never calls the linter")
  void lintOff() throws Exception {
    ValidateMojo mojo = fx.validate();
    mojo.cfnLint = "off";
    mojo.linter =
        (dir, templates, prefix) -> {
          throw new AssertionError("linter called");
        };

    mojo.execute();
  }

  @Test
  @DisplayName("airgap.validate.skip skips validate only")
  void skip() throws Exception {
    ValidateMojo mojo = fx.validate();
    mojo.validateSkip = true;

    mojo.execute();

    assertThat(fx.core.calls).isZero();
    assertThat(fx.log.lines)
        .containsExactly("[INFO] Skipping airgap:validate: airgap.validate.skip is true");
  }
}
