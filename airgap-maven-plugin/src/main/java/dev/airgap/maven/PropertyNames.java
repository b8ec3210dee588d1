package dev.airgap.maven;

/**
 * Every user property of the plugin, in one place (jib's {@code PropertyNames} does the same), so
 * that documentation, hints and tests cannot drift from the {@code @Parameter} annotations.
 * Annotation values must be compile-time constants, so mojos use these constants directly. Goals
 * added later append their names here, grouped by goal.
 */
public final class PropertyNames {
  private PropertyNames() {}

  /** Prefix of every property. */
  public static final String PREFIX = "airgap.";

  // Shared by every goal.
  public static final String SKIP = "airgap.skip";
  public static final String MODEL = "airgap.model";
  public static final String OUTPUT_DIRECTORY = "airgap.outputDirectory";
  public static final String FORMAT = "airgap.format";
  public static final String REPORT_FILE = "airgap.reportFile";

  // generate
  public static final String GENERATE_SKIP = "airgap.generate.skip";
  public static final String CHECK = "airgap.check";

  // validate
  public static final String VALIDATE_SKIP = "airgap.validate.skip";
  public static final String FAIL_ON = "airgap.failOn";
  public static final String CFN_LINT = "airgap.cfnLint";

  // diff
  public static final String DIFF_SKIP = "airgap.diff.skip";

  /** {@code airgap.<goal>.skip}. */
  public static String skipFor(String goal) {
    return PREFIX + goal + ".skip";
  }
}
