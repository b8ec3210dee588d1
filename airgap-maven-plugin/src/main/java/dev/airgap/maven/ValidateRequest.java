package dev.airgap.maven;

import dev.airgap.model.validate.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Everything {@code validate} needs, checked.
 *
 * @param model the model
 * @param outputDisplay how findings on templates name the output directory
 * @param failOn the lowest severity that fails the build
 * @param format the report file's format
 * @param reportFile where the report goes; empty for the log only
 * @param cfnLint whether to run cfn-lint
 * @param workDirectory scratch directory for cfn-lint's copies of the templates
 */
public record ValidateRequest(
    ModelSource model,
    String outputDisplay,
    Severity failOn,
    Format format,
    Optional<Path> reportFile,
    CfnLintMode cfnLint,
    Path workDirectory) {

  /** Report formats. */
  public enum Format {
    HUMAN("txt"),
    JSON("json"),
    SARIF("sarif");

    private final String extension;

    Format(String extension) {
      this.extension = extension;
    }

    String extension() {
      return extension;
    }
  }

  /** When to run cfn-lint. */
  public enum CfnLintMode {
    /** When it is on the PATH. */
    AUTO,
    OFF,
    /** Fail when it is not on the PATH. */
    REQUIRED
  }

  static Severity failOn(String value) {
    return Severity.valueOf(
        ParameterException.oneOf(PropertyNames.FAIL_ON, value, List.of("error", "warning"))
            .toUpperCase(Locale.ROOT));
  }

  static Format format(String value) {
    return Format.valueOf(
        ParameterException.oneOf(PropertyNames.FORMAT, value, List.of("human", "json", "sarif"))
            .toUpperCase(Locale.ROOT));
  }

  static CfnLintMode cfnLint(String value) {
    return CfnLintMode.valueOf(
        ParameterException.oneOf(PropertyNames.CFN_LINT, value, List.of("auto", "off", "required"))
            .toUpperCase(Locale.ROOT));
  }

  /**
   * The report file: the one given, else for json and sarif {@code <build>/airgap/findings.<ext>};
   * human reports go to the log only unless a file is given.
   */
  static Optional<Path> reportFile(Format format, Optional<Path> given, Path buildDirectory) {
    if (given.isPresent() || format == Format.HUMAN) {
      return given;
    }
    return Optional.of(buildDirectory.resolve("airgap").resolve("findings." + format.extension()));
  }
}
