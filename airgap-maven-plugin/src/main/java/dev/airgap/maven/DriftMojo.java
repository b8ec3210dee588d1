package dev.airgap.maven;

import dev.airgap.maven.deploy.DriftReport;
import dev.airgap.maven.deploy.aws.AwsClients;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Detects drift of every stack set (DetectStackSetDrift) and of the management stack
 * (DetectStackDrift), waits, and reports drifted instances and resources. Fails when anything
 * drifted; units whose drift could not be detected are reported as not checked.
 */
@Mojo(name = "drift", requiresOnline = true, threadSafe = true)
public class DriftMojo extends AbstractDeployMojo {

  /** Skips this goal. */
  @Parameter(property = "airgap.drift.skip", defaultValue = "false")
  boolean driftSkip;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skipped(driftSkip, "airgap.drift.skip")) {
      return;
    }
    DriftReport report;
    String calls;
    dev.airgap.maven.deploy.DeployInput input;
    try {
      input = readInput();
    } catch (RuntimeException e) {
      throw DeployErrors.rethrow(e);
    }
    try (AwsClients clients = clients()) {
      report = deployer(clients, java.util.Set.of(), 1).drift(input);
      calls = clients.callSummary();
    } catch (RuntimeException e) {
      throw DeployErrors.rethrow(e);
    }
    logLines(report.render());
    getLog().info(calls);
    if (!report.allChecked()) {
      getLog().warn("airgap:drift could not check every unit (see '?' lines)");
    }
    if (report.hasDrift()) {
      throw new MojoFailureException("airgap:drift found drift; see the lines marked ✗");
    }
  }
}
