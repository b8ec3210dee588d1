package dev.airgap.maven;

import dev.airgap.maven.deploy.DeployEvent;
import dev.airgap.maven.deploy.DeployInput;
import dev.airgap.maven.deploy.Deployer;
import dev.airgap.maven.deploy.OperationPoller;
import dev.airgap.maven.deploy.Sleeper;
import dev.airgap.maven.deploy.aws.AwsClients;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What the goals that talk to AWS share: how to reach AWS, and one place that reads the manifest,
 * opens the clients, maps failures through {@link MojoErrors} and ends with the call count. A goal
 * implements {@link #callAws}: read calls and log lines, then a {@link Verdict} that may fail the
 * build once the call count is logged.
 */
abstract class AbstractDeployMojo extends AbstractAirGapMojo {

  /** StackSet administrator Region; defaults to the SDK's Region chain (AWS_REGION, profile). */
  @Parameter(property = PropertyNames.REGION)
  String region;

  /** Named AWS profile instead of the default credentials chain. */
  @Parameter(property = PropertyNames.PROFILE)
  String profile;

  /**
   * Role to assume (STS AssumeRole) before any call, e.g. a deploy role in the management account.
   */
  @Parameter(property = PropertyNames.ASSUME_ROLE_ARN)
  String assumeRoleArn;

  /**
   * Endpoint of an AWS API emulator, e.g. {@code http://127.0.0.1:5000} for moto_server. Never set
   * for real AWS.
   */
  @Parameter(property = PropertyNames.ENDPOINT)
  String endpoint;

  /** Attempts per AWS call in the SDK's standard retry strategy (throttling is retried there). */
  @Parameter(property = PropertyNames.MAX_ATTEMPTS, defaultValue = "8")
  int maxAttempts;

  /** What decides the build after the AWS calls and their count are logged. */
  @FunctionalInterface
  interface Verdict {
    Verdict PASS = () -> {};

    void conclude() throws MojoExecutionException, MojoFailureException;
  }

  /** The goal's AWS work on the manifest in the output directory. */
  abstract Verdict callAws(DeployInput input, AwsClients clients);

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    Verdict verdict;
    try {
      DeployInput input = DeployInput.read(outputDirectory.toPath());
      try (AwsClients clients = clients()) {
        verdict = callAws(input, clients);
        getLog().info(clients.callSummary());
      }
    } catch (RuntimeException e) {
      throw MojoErrors.deployFailure(e);
    }
    verdict.conclude();
  }

  AwsClients clients() {
    return new AwsClients(
        new AwsClients.Settings(
            blank(region) ? "" : region.trim(),
            blank(endpoint) ? Optional.empty() : Optional.of(URI.create(endpoint.trim())),
            blank(profile) ? Optional.empty() : Optional.of(profile.trim()),
            blank(assumeRoleArn) ? Optional.empty() : Optional.of(assumeRoleArn.trim()),
            Optional.empty(),
            List.of(),
            maxAttempts));
  }

  Deployer deployer(AwsClients clients, Set<String> confirmedIrreversible, int maxParallelUnits) {
    return deployer(clients, confirmedIrreversible, maxParallelUnits, this::log);
  }

  Deployer deployer(
      AwsClients clients,
      Set<String> confirmedIrreversible,
      int maxParallelUnits,
      java.util.function.Consumer<DeployEvent> events) {
    OperationPoller poller =
        new OperationPoller(
            clients.stackSets(),
            Clock.systemUTC(),
            Sleeper.system(),
            OperationPoller.Settings.standard());
    Deployer.Settings defaults = Deployer.Settings.defaults(confirmedIrreversible);
    return new Deployer(
        clients.stackSets(),
        clients.organization(),
        clients.keyAliases(),
        poller,
        Sleeper.system(),
        new Deployer.Settings(
            confirmedIrreversible,
            maxParallelUnits,
            defaults.maxThrottleRetries(),
            defaults.maxInProgressRetries(),
            defaults.retryBaseDelay()),
        events);
  }

  /**
   * The live plan: what deploy would change, from read calls only (airgap:plan, airgap:diff
   * -Dairgap.live).
   */
  Verdict livePlan(DeployInput input, AwsClients clients) {
    logLines(deployer(clients, Set.of(), 1).plan(input).render());
    return Verdict.PASS;
  }

  void log(DeployEvent event) {
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
