package dev.airgap.maven;

import dev.airgap.maven.deploy.Doctor;
import dev.airgap.maven.deploy.aws.AwsClients;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the organization's prerequisites (trusted access, policy types, delegated admin, the
 * manifest's OUs and accounts) and prints a checklist with the exact fix for each ✗. Fails when any
 * check fails; a check the endpoint cannot answer is shown as "?" and does not pass silently.
 */
@Mojo(name = "doctor", requiresOnline = true, threadSafe = true)
public class DoctorMojo extends AbstractDeployMojo {

  /** Skips this goal. */
  @Parameter(property = "airgap.doctor.skip", defaultValue = "false")
  boolean doctorSkip;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skipped(doctorSkip, "airgap.doctor.skip")) {
      return;
    }
    Doctor.Report report;
    String calls;
    dev.airgap.maven.deploy.DeployInput input;
    try {
      input = readInput();
    } catch (RuntimeException e) {
      throw DeployErrors.rethrow(e);
    }
    try (AwsClients clients = clients()) {
      report = new Doctor(clients.stackSets(), clients.organization()).check(input);
      calls = clients.callSummary();
    } catch (RuntimeException e) {
      throw DeployErrors.rethrow(e);
    }
    logLines(report.render());
    getLog().info(calls);
    if (report.hasFailures()) {
      throw new MojoFailureException("airgap:doctor found failed checks; apply the fixes above and run it again");
    }
  }
}
