package dev.airgap.maven;

import dev.airgap.maven.deploy.LivePlan;
import dev.airgap.maven.deploy.aws.AwsClients;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Prints what {@code airgap:deploy} would do against the live organization, with read calls only:
 * per unit create / update / no change, instances to add, and IRREVERSIBLE markers.
 */
@Mojo(name = "plan", requiresOnline = true, threadSafe = true)
public class PlanMojo extends AbstractDeployMojo {

  /** Skips this goal. */
  @Parameter(property = "airgap.plan.skip", defaultValue = "false")
  boolean planSkip;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skipped(planSkip, "airgap.plan.skip")) {
      return;
    }
    LivePlan plan;
    String calls;
    dev.airgap.maven.deploy.DeployInput input;
    try {
      input = readInput();
    } catch (RuntimeException e) {
      throw DeployErrors.rethrow(e);
    }
    try (AwsClients clients = clients()) {
      plan = deployer(clients, java.util.Set.of(), 1).plan(input);
      calls = clients.callSummary();
    } catch (RuntimeException e) {
      throw DeployErrors.rethrow(e);
    }
    logLines(plan.render());
    getLog().info(calls);
  }
}
