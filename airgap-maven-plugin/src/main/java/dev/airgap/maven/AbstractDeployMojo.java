package dev.airgap.maven;

import dev.airgap.maven.deploy.DeployEvent;
import dev.airgap.maven.deploy.DeployInput;
import dev.airgap.maven.deploy.Deployer;
import dev.airgap.maven.deploy.OperationPoller;
import dev.airgap.maven.deploy.Sleeper;
import dev.airgap.maven.deploy.aws.AwsClients;
import java.io.File;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;

/** What the goals that talk to AWS share: where the manifest is and how to reach AWS. */
abstract class AbstractDeployMojo extends AbstractMojo {

  /** Directory with {@code airgap-manifest.json} and the templates written by {@code airgap:generate}. */
  @Parameter(property = "airgap.outputDirectory", defaultValue = "${project.basedir}/templates")
  File outputDirectory;

  /** StackSet administrator Region; defaults to the SDK's Region chain (AWS_REGION, profile). */
  @Parameter(property = "airgap.region")
  String region;

  /** Named AWS profile instead of the default credentials chain. */
  @Parameter(property = "airgap.profile")
  String profile;

  /** Role to assume (STS AssumeRole) before any call, e.g. a deploy role in the management account. */
  @Parameter(property = "airgap.assumeRoleArn")
  String assumeRoleArn;

  /** Endpoint of an AWS API emulator, e.g. {@code http://127.0.0.1:5000} for moto_server. Never set for real AWS. */
  @Parameter(property = "airgap.endpoint")
  String endpoint;

  /** Attempts per AWS call in the SDK's standard retry strategy (throttling is retried there). */
  @Parameter(property = "airgap.maxAttempts", defaultValue = "8")
  int maxAttempts;

  /** Skips every airgap goal. */
  @Parameter(property = "airgap.skip", defaultValue = "false")
  boolean skip;

  /** @return true (after logging why) when this goal is skipped */
  boolean skipped(boolean goalSkip, String goalProperty) {
    if (skip || goalSkip) {
      getLog().info("airgap: skipped (" + (skip ? "airgap.skip" : goalProperty) + "=true)");
      return true;
    }
    return false;
  }

  DeployInput readInput() {
    return DeployInput.read(outputDirectory.toPath());
  }

  AwsClients clients() {
    return new AwsClients(new AwsClients.Settings(blank(region) ? "" : region.trim(),
        blank(endpoint) ? Optional.empty() : Optional.of(URI.create(endpoint.trim())),
        blank(profile) ? Optional.empty() : Optional.of(profile.trim()),
        blank(assumeRoleArn) ? Optional.empty() : Optional.of(assumeRoleArn.trim()),
        Optional.empty(), List.of(), maxAttempts));
  }

  Deployer deployer(AwsClients clients, Set<String> confirmedIrreversible, int maxParallelUnits) {
    OperationPoller poller = new OperationPoller(clients.stackSets(), Clock.systemUTC(), Sleeper.system(),
        OperationPoller.Settings.standard());
    Deployer.Settings defaults = Deployer.Settings.defaults(confirmedIrreversible);
    return new Deployer(clients.stackSets(), clients.organization(), poller, Sleeper.system(),
        new Deployer.Settings(confirmedIrreversible, maxParallelUnits, defaults.maxThrottleRetries(), defaults.maxInProgressRetries(),
            defaults.retryBaseDelay()),
        this::log);
  }

  private void log(DeployEvent event) {
    getLog().info(event.line());
  }

  void logLines(String text) {
    for (String line : text.split("\n")) {
      getLog().info(line);
    }
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
