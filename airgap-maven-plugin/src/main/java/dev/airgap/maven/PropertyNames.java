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
  public static final String VERIFY_SKIP = "airgap.verify.skip";
  public static final String FAIL_ON = "airgap.failOn";
  public static final String CFN_LINT = "airgap.cfnLint";

  // diff
  public static final String DIFF_SKIP = "airgap.diff.skip";
  public static final String LIVE = "airgap.live";

  // goals that talk to AWS: plan, deploy, doctor, drift (and diff with airgap.live)
  public static final String PLAN_SKIP = "airgap.plan.skip";
  public static final String DEPLOY_SKIP = "airgap.deploy.skip";
  public static final String DOCTOR_SKIP = "airgap.doctor.skip";
  public static final String DRIFT_SKIP = "airgap.drift.skip";
  public static final String REGION = "airgap.region";
  public static final String PROFILE = "airgap.profile";
  public static final String ASSUME_ROLE_ARN = "airgap.assumeRoleArn";
  public static final String ENDPOINT = "airgap.endpoint";
  public static final String MAX_ATTEMPTS = "airgap.maxAttempts";
  public static final String CONFIRM_IRREVERSIBLE = "airgap.confirmIrreversible";
  public static final String MAX_PARALLEL_UNITS = "airgap.maxParallelUnits";

  // init (runs without a project; discovery uses the AWS properties above)
  public static final String INIT_DIRECTORY = "airgap.init.directory";
  public static final String INIT_GROUP_ID = "airgap.init.groupId";
  public static final String INIT_ARTIFACT_ID = "airgap.init.artifactId";
  public static final String INIT_DISCOVER = "airgap.init.discover";
  public static final String INIT_ORGANIZATION_ID = "airgap.init.organizationId";
  public static final String INIT_MANAGEMENT_ACCOUNT = "airgap.init.managementAccount";
  public static final String INIT_CENTRAL_ACCOUNT = "airgap.init.centralAccount";
  public static final String INIT_CENTRAL_OU = "airgap.init.centralOrganizationalUnit";
  public static final String INIT_MEMBER_OUS = "airgap.init.memberOrganizationalUnits";
  public static final String INIT_REGIONS = "airgap.init.regions";
  public static final String INIT_ADMINS = "airgap.init.admins";
  public static final String INIT_ALERT_EMAILS = "airgap.init.alertEmails";
  public static final String INIT_CENTRAL_ACCOUNT_PATTERN = "airgap.init.centralAccountPattern";
  public static final String INIT_MEMBER_OU_PATTERN = "airgap.init.memberOuPattern";

  /** {@code airgap.<goal>.skip}. */
  public static String skipFor(String goal) {
    return PREFIX + goal + ".skip";
  }
}
