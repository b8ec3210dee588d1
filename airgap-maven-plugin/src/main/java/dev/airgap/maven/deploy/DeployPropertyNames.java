package dev.airgap.maven.deploy;

/** User property names of the deploy goals (to be folded into {@code PropertyNames}). */
public final class DeployPropertyNames {
  public static final String SKIP = "airgap.skip";
  public static final String DEPLOY_SKIP = "airgap.deploy.skip";
  public static final String PLAN_SKIP = "airgap.plan.skip";
  public static final String DOCTOR_SKIP = "airgap.doctor.skip";
  public static final String DRIFT_SKIP = "airgap.drift.skip";
  public static final String OUTPUT_DIRECTORY = "airgap.outputDirectory";
  public static final String REGION = "airgap.region";
  public static final String PROFILE = "airgap.profile";
  public static final String ASSUME_ROLE_ARN = "airgap.assumeRoleArn";
  public static final String ENDPOINT = "airgap.endpoint";
  public static final String MAX_ATTEMPTS = "airgap.maxAttempts";
  public static final String CONFIRM_IRREVERSIBLE = "airgap.confirmIrreversible";
  public static final String MAX_PARALLEL_UNITS = "airgap.maxParallelUnits";

  private DeployPropertyNames() {}
}
