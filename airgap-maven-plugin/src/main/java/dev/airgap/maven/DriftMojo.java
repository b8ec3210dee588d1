package dev.airgap.maven;

import dev.airgap.maven.deploy.DeployInput;
import dev.airgap.maven.deploy.DriftReport;
import dev.airgap.maven.deploy.aws.AwsClients;
import java.util.Set;
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
  @Parameter(property = PropertyNames.DRIFT_SKIP, defaultValue = "false")
  boolean driftSkip;

  @Override
  String goal() {
    return "drift";
  }

  @Override
  boolean goalSkipped() {
    return driftSkip;
  }

  @Override
  Verdict callAws(DeployInput input, AwsClients clients) {
    DriftReport report = deployer(clients, Set.of(), 1).drift(input);
    logLines(report.render());
    if (!report.allChecked()) {
      getLog().warn("airgap:drift could not check every unit (see '?' lines)");
    }
    return () -> {
      if (report.hasDrift()) {
        throw new MojoFailureException("airgap:drift found drift; see the lines marked ✗");
      }
    };
  }
}
