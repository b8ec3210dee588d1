package dev.airgap.maven;

import dev.airgap.maven.deploy.DeployInput;
import dev.airgap.maven.deploy.DeployRecord;
import dev.airgap.maven.deploy.DeployReport;
import dev.airgap.maven.deploy.Deployer;
import dev.airgap.maven.deploy.LivePlan;
import dev.airgap.maven.deploy.aws.AwsClients;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Deploys the generated manifest: stack sets and the management stack, in dependency order, waiting
 * for every operation. Safe to run again: an unchanged manifest makes no mutating call, and an
 * interrupted run is resumed by following its operations. Nothing is ever deleted.
 */
@Mojo(
    name = "deploy",
    defaultPhase = LifecyclePhase.DEPLOY,
    requiresOnline = true,
    threadSafe = true)
public class DeployMojo extends AbstractDeployMojo {

  /** Skips this goal. */
  @Parameter(property = PropertyNames.DEPLOY_SKIP, defaultValue = "false")
  boolean deploySkip;

  /**
   * Comma-separated names of the vaults whose compliance-mode lock may be created or changed in
   * this run. A compliance lock cannot be undone once its grace time has passed.
   */
  @Parameter(property = PropertyNames.CONFIRM_IRREVERSIBLE)
  String confirmIrreversible;

  /** How many independent units deploy at the same time. */
  @Parameter(property = PropertyNames.MAX_PARALLEL_UNITS, defaultValue = "4")
  int maxParallelUnits;

  @Override
  String goal() {
    return "deploy";
  }

  @Override
  boolean goalSkipped() {
    return deploySkip;
  }

  @Override
  Verdict callAws(DeployInput input, AwsClients clients) {
    Set<String> confirmed =
        blank(confirmIrreversible)
            ? Set.of()
            : Arrays.stream(confirmIrreversible.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
    DeployRecord record = new DeployRecord(Clock.systemUTC());
    Deployer deployer =
        deployer(
            clients,
            confirmed,
            maxParallelUnits,
            event -> {
              record.accept(event);
              if (record.shouldLog(event)) {
                log(event);
              }
            });
    LivePlan plan = deployer.plan(input);
    getLog().info("plan:");
    logLines(plan.render());
    DeployReport report = deployer.deploy(input, plan);
    getLog().info("result:");
    logLines(report.render());
    writeReport(record, report, clients);
    return () -> MojoErrors.deployReport(report);
  }

  /** {@code deploy-report.json} and {@code .md} under {@code target/airgap/}, for CI. */
  private void writeReport(DeployRecord record, DeployReport report, AwsClients clients) {
    Path dir = buildDirectory.toPath().resolve("airgap");
    Path json = dir.resolve("deploy-report.json");
    try {
      Files.createDirectories(dir);
      Files.writeString(json, record.json(report, clients.callCounts()));
      Files.writeString(dir.resolve("deploy-report.md"), record.markdown(report));
    } catch (IOException e) {
      throw new FileAccessException("write the deploy report", json, e);
    }
    getLog()
        .info(
            "deploy report ("
                + DeployRecord.result(report)
                + "): "
                + Display.relative(basedirPath(), json));
  }
}
