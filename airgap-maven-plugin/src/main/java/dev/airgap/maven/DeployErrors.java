package dev.airgap.maven;

import dev.airgap.maven.deploy.CloudCallException;
import dev.airgap.maven.deploy.DeployPropertyNames;
import dev.airgap.maven.deploy.DeployReport;
import dev.airgap.maven.deploy.InvalidInputException;
import dev.airgap.maven.deploy.OperationTimeoutException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * Turns deploy-core exceptions and reports into Maven failures (to be folded into {@code MojoErrors}):
 * {@link MojoFailureException} when the input or an operation's targets are wrong,
 * {@link MojoExecutionException} when the environment failed (style.md §2).
 */
final class DeployErrors {
  private DeployErrors() {}

  /** Throws the failure for wrong input; returns the execution exception to throw for everything else. */
  static MojoExecutionException rethrow(RuntimeException e) throws MojoFailureException {
    if (e instanceof InvalidInputException invalid) {
      throw new MojoFailureException(String.join("\n", invalid.problems()));
    }
    if (e instanceof CloudCallException c) {
      return new MojoExecutionException(describe(c), c);
    }
    if (e instanceof OperationTimeoutException t) {
      return new MojoExecutionException(t.getMessage() + "; it keeps running in AWS: run the goal again to follow it", t);
    }
    return new MojoExecutionException(String.valueOf(e.getMessage()), e);
  }

  static String describe(CloudCallException c) {
    String request = c.requestId().isEmpty() ? "" : " (request id " + c.requestId() + ")";
    String hint = switch (c.kind()) {
      case ACCESS_DENIED -> "perhaps check the credentials (-D" + DeployPropertyNames.PROFILE + ", -D" + DeployPropertyNames.ASSUME_ROLE_ARN
          + ") belong to the management account or a registered delegated admin";
      case UNAVAILABLE -> "the endpoint could not answer this call; with -D" + DeployPropertyNames.ENDPOINT
          + " an emulator may not implement it";
      case THROTTLED -> "still throttled after retries; raise -D" + DeployPropertyNames.MAX_ATTEMPTS + " or run again later";
      case OTHER -> "perhaps check the network, the Region (-D" + DeployPropertyNames.REGION + ") and -D" + DeployPropertyNames.ENDPOINT;
      default -> "";
    };
    return c.getMessage() + request + (hint.isEmpty() ? "" : ";\n  " + hint);
  }

  /** A report with any unit not OK becomes a failure whose message lists every unit and failed account. */
  static void check(DeployReport report) throws MojoFailureException, MojoExecutionException {
    if (report.isSuccess()) {
      return;
    }
    StringBuilder msg = new StringBuilder("airgap:deploy did not complete; what was deployed stays deployed\n").append(report.render());
    boolean refused = report.units().stream().anyMatch(u -> u.status() == DeployReport.Status.REFUSED && u.error().startsWith("IRREVERSIBLE"));
    if (refused) {
      msg.append("  review the plan (airgap:plan), then confirm each vault by name: -D").append(DeployPropertyNames.CONFIRM_IRREVERSIBLE)
          .append("=<vault name>[,<vault name>]\n");
    }
    boolean onlyEnvironment = report.units().stream()
        .allMatch(u -> u.status() == DeployReport.Status.OK || u.status() == DeployReport.Status.ERROR
            || u.status() == DeployReport.Status.SKIPPED);
    if (onlyEnvironment) {
      throw new MojoExecutionException(msg.toString().stripTrailing());
    }
    throw new MojoFailureException(msg.toString().stripTrailing());
  }
}
