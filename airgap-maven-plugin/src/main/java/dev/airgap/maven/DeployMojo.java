package dev.airgap.maven;

import dev.airgap.maven.deploy.DeployInput;
import dev.airgap.maven.deploy.DeployReport;
import dev.airgap.maven.deploy.Deployer;
import dev.airgap.maven.deploy.LivePlan;
import dev.airgap.maven.deploy.aws.AwsClients;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Deploys the generated manifest: stack sets and the management stack, in dependency order, waiting
 * for every operation. Safe to run again: an unchanged manifest makes no mutating call, and an
 * interrupted run is resumed by following its operations. Nothing is ever deleted.
 */
@Mojo(name = "deploy", defaultPhase = LifecyclePhase.DEPLOY, requiresOnline = true, threadSafe = true)
public class DeployMojo extends AbstractDeployMojo {

  /** Skips this goal. */
  @Parameter(property = "airgap.deploy.skip", defaultValue = "false")
  boolean deploySkip;

  /**
   * Comma-separated names of the vaults whose compliance-mode lock may be created or changed in this
   * run. A compliance lock cannot be undone once its grace time has passed.
   */
  @Parameter(property = "airgap.confirmIrreversible")
  String confirmIrreversible;

  /** How many independent units deploy at the same time. */
  @Parameter(property = "airgap.maxParallelUnits", defaultValue = "4")
  int maxParallelUnits;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skipped(deploySkip, "airgap.deploy.skip")) {
      return;
    }
    Set<String> confirmed = blank(confirmIrreversible) ? Set.of()
        : Arrays.stream(confirmIrreversible.split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    DeployReport report;
    String calls;
    DeployInput input;
    try {
      input = readInput();
    } catch (RuntimeException e) {
      throw DeployErrors.rethrow(e);
    }
    try (AwsClients clients = clients()) {
      Deployer deployer = deployer(clients, confirmed, maxParallelUnits);
      LivePlan plan = deployer.plan(input);
      getLog().info("plan:");
      logLines(plan.render());
      report = deployer.deploy(input, plan);
      calls = clients.callSummary();
    } catch (RuntimeException e) {
      throw DeployErrors.rethrow(e);
    }
    getLog().info("result:");
    logLines(report.render());
    getLog().info(calls);
    DeployErrors.check(report);
  }
}
