package dev.airgap.maven;

import dev.airgap.maven.deploy.DeployInput;
import dev.airgap.maven.deploy.Doctor;
import dev.airgap.maven.deploy.aws.AwsClients;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the organization's prerequisites (trusted access, policy types, delegated admin, the
 * manifest's OUs and accounts, the organization CloudTrail, AWS Control Tower and SCP slots) and
 * prints a checklist with the exact fix for each ✗. Fails when any check fails; a check the
 * endpoint cannot answer is shown as "?" and does not pass silently.
 */
@Mojo(name = "doctor", requiresOnline = true, threadSafe = true)
public class DoctorMojo extends AbstractDeployMojo {

  /** Skips this goal. */
  @Parameter(property = PropertyNames.DOCTOR_SKIP, defaultValue = "false")
  boolean doctorSkip;

  @Override
  String goal() {
    return "doctor";
  }

  @Override
  boolean goalSkipped() {
    return doctorSkip;
  }

  @Override
  Verdict callAws(DeployInput input, AwsClients clients) {
    Doctor.Report report =
        new Doctor(
                clients.stackSets(),
                clients.organization(),
                java.util.Optional.of(clients.governance()))
            .check(input);
    logLines(report.render());
    return () -> {
      if (report.hasFailures()) {
        throw new MojoFailureException(
            "airgap:doctor found failed checks; apply the fixes above and run it again");
      }
    };
  }
}
