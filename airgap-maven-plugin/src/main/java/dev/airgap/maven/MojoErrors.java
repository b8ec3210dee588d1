package dev.airgap.maven;

import dev.airgap.maven.deploy.CloudCallException;
import dev.airgap.maven.deploy.DeployReport;
import dev.airgap.maven.deploy.InvalidInputException;
import dev.airgap.maven.deploy.OperationTimeoutException;
import dev.airgap.model.validate.Findings;
import dev.airgap.model.validate.Severity;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * The one place that turns results and exceptions into Maven failures (style.md §2). {@link
 * MojoFailureException}: the user's input is wrong (findings, bad parameters, stale output). {@link
 * MojoExecutionException}: the environment failed (I/O, a missing tool). Every message ends with a
 * concrete next step, in Maven words ({@code -D} properties, POM elements); the core exceptions
 * carry only data. Goals added later add one method (or one {@code instanceof} arm in {@link
 * #from}) per kind of failure.
 */
public final class MojoErrors {
  private MojoErrors() {}

  /** Maps a {@link GoalException} (the only exceptions mojos let through) to its Maven failure. */
  public static Exception from(GoalException e) {
    if (e instanceof ParameterException p) {
      return new MojoFailureException(
          p.property()
              + " is '"
              + p.value()
              + "', which is not one of "
              + String.join(", ", p.allowed())
              + "; set -D"
              + p.property()
              + "="
              + p.allowed().get(0)
              + " or fix it in the plugin <configuration>");
    }
    if (e instanceof ModelMissingException m) {
      return new MojoFailureException(
          "the model "
              + m.path()
              + " does not exist; create it (start from "
              + "examples/basic/airgap.yaml) or point -D"
              + PropertyNames.MODEL
              + "=<path> at your airgap.yaml");
    }
    if (e instanceof FileAccessException f) {
      return new MojoExecutionException(
          "cannot "
              + f.action()
              + " "
              + f.path()
              + ": "
              + f.getCause().getClass().getSimpleName()
              + " "
              + f.getCause().getMessage()
              + "; check that the directory exists and is writable and the disk is not full",
          f.getCause());
    }
    if (e instanceof CfnLintException c) {
      return cfnLint(c);
    }
    return new MojoExecutionException(
        "airgap failed unexpectedly: " + e + "; rerun with -e and report it", e);
  }

  private static MojoExecutionException cfnLint(CfnLintException c) {
    return switch (c.problem()) {
      case NOT_INSTALLED ->
          new MojoExecutionException(
              "cfn-lint is not on the PATH but "
                  + PropertyNames.CFN_LINT
                  + "=required; install it with 'python3 -m pip install cfn-lint', or set -D"
                  + PropertyNames.CFN_LINT
                  + "=auto to lint only where it is installed",
              c);
      case FAILED ->
          new MojoExecutionException(
              "cfn-lint failed without a report: "
                  + c.detail()
                  + "; run it by hand on the templates under target/airgap/cfn-lint/ to see why, or upgrade it with "
                  + "'python3 -m pip install -U cfn-lint'",
              c);
      case TIMED_OUT ->
          new MojoExecutionException(
              "cfn-lint did not finish: "
                  + c.detail()
                  + "; run it by hand on target/airgap/cfn-lint/ or set -D"
                  + PropertyNames.CFN_LINT
                  + "=off",
              c);
    };
  }

  /**
   * Fails when the findings reach {@code threshold}: logs every finding line first (so it shows
   * without {@code -e}), then returns the exception that carries them. Returns nothing to throw
   * when the build may go on.
   */
  public static java.util.Optional<FindingsFailureException> findings(
      Log log, Findings findings, Severity threshold) {
    if (!findings.failsAt(threshold)) {
      return java.util.Optional.empty();
    }
    String reason =
        threshold == Severity.WARNING && !findings.hasErrors()
            ? "\nwarnings fail this build because " + PropertyNames.FAIL_ON + "=warning"
            : "";
    log.error("airgap: the model has problems; fix the lines above and run the build again");
    // The findings are logged already (MavenReporter); Maven prints the exception message again
    // under "Failed to execute goal", so it only counts them instead of printing each one twice.
    return java.util.Optional.of(
        new FindingsFailureException(
            "the model has "
                + count(findings.errorCount(), "error")
                + " and "
                + count(findings.warningCount(), "warning")
                + ", listed above"
                + reason,
            findings));
  }

  private static String count(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  /** The committed output differs from what {@code generate} writes now. */
  public static MojoFailureException staleOutput(
      Log log, String outputDisplay, List<StaleFile> stale) {
    StringBuilder message = new StringBuilder();
    message
        .append(outputDisplay)
        .append(" is not what airgap:generate writes for this model (")
        .append(stale.size())
        .append(stale.size() == 1 ? " file" : " files")
        .append("):\n");
    for (StaleFile file : stale) {
      String line = "  " + file.state().word() + ": " + outputDisplay + "/" + file.path();
      log.error(line);
      for (String diffLine : file.diff().lines().toList()) {
        log.error("      " + diffLine);
      }
      message.append(line).append('\n');
    }
    String hint =
        "regenerate with 'mvn airgap:generate -D"
            + PropertyNames.CHECK
            + "=false' and commit "
            + outputDisplay
            + "/";
    log.error(hint);
    message.append(hint);
    return new MojoFailureException(message.toString());
  }

  /**
   * AWS goals: throws the failure for wrong input; returns the execution exception to throw for
   * everything else.
   */
  static MojoExecutionException deployFailure(RuntimeException e) throws MojoFailureException {
    if (e instanceof InvalidInputException invalid) {
      throw new MojoFailureException(String.join("\n", invalid.problems()));
    }
    if (e instanceof CloudCallException c) {
      return new MojoExecutionException(describe(c), c);
    }
    if (e instanceof OperationTimeoutException t) {
      return new MojoExecutionException(
          t.getMessage() + "; it keeps running in AWS: run the goal again to follow it", t);
    }
    return new MojoExecutionException(String.valueOf(e.getMessage()), e);
  }

  static String describe(CloudCallException c) {
    String request = c.requestId().isEmpty() ? "" : " (request id " + c.requestId() + ")";
    String hint =
        switch (c.kind()) {
          case ACCESS_DENIED ->
              "perhaps check the credentials (-D"
                  + PropertyNames.PROFILE
                  + ", -D"
                  + PropertyNames.ASSUME_ROLE_ARN
                  + ") belong to the management account or a registered delegated admin";
          case UNAVAILABLE ->
              "the endpoint could not answer this call; with -D"
                  + PropertyNames.ENDPOINT
                  + " an emulator may not implement it";
          case THROTTLED ->
              "still throttled after retries; raise -D"
                  + PropertyNames.MAX_ATTEMPTS
                  + " or run again later";
          case OTHER ->
              "perhaps check the network, the Region (-D"
                  + PropertyNames.REGION
                  + ") and -D"
                  + PropertyNames.ENDPOINT;
          default -> "";
        };
    return c.getMessage() + request + (hint.isEmpty() ? "" : ";\n  " + hint);
  }

  /**
   * A report with any unit not OK becomes a failure whose message lists every unit and failed
   * account.
   */
  static void deployReport(DeployReport report)
      throws MojoFailureException, MojoExecutionException {
    if (report.isSuccess()) {
      return;
    }
    StringBuilder msg =
        new StringBuilder("airgap:deploy did not complete; what was deployed stays deployed\n")
            .append(report.render());
    boolean refused =
        report.units().stream()
            .anyMatch(
                u ->
                    u.status() == DeployReport.Status.REFUSED
                        && u.error().startsWith("IRREVERSIBLE"));
    if (refused) {
      msg.append("  review the plan (airgap:plan), then confirm each vault by name: -D")
          .append(PropertyNames.CONFIRM_IRREVERSIBLE)
          .append("=<vault name>[,<vault name>]\n");
    }
    boolean onlyEnvironment =
        report.units().stream()
            .allMatch(
                u ->
                    u.status() == DeployReport.Status.OK
                        || u.status() == DeployReport.Status.ERROR
                        || u.status() == DeployReport.Status.SKIPPED);
    if (onlyEnvironment) {
      throw new MojoExecutionException(msg.toString().stripTrailing());
    }
    throw new MojoFailureException(msg.toString().stripTrailing());
  }
}
