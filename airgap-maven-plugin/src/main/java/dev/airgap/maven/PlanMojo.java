package dev.airgap.maven;

import dev.airgap.maven.deploy.DeployInput;
import dev.airgap.maven.deploy.aws.AwsClients;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Prints what {@code airgap:deploy} would do against the live organization, with read calls only:
 * per unit create / update / no change, instances to add, and IRREVERSIBLE markers. The same as
 * {@code airgap:diff -Dairgap.live=true}.
 */
@Mojo(name = "plan", requiresOnline = true, threadSafe = true)
public class PlanMojo extends AbstractDeployMojo {

  /** Skips this goal. */
  @Parameter(property = PropertyNames.PLAN_SKIP, defaultValue = "false")
  boolean planSkip;

  @Override
  String goal() {
    return "plan";
  }

  @Override
  boolean goalSkipped() {
    return planSkip;
  }

  @Override
  Verdict callAws(DeployInput input, AwsClients clients) {
    return livePlan(input, clients);
  }
}
