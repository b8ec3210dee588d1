package dev.airgap.maven.deploy.aws;

import dev.airgap.maven.deploy.Organization;
import dev.airgap.maven.deploy.StackSets;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.config.ConfigClient;
import software.amazon.awssdk.services.controltower.ControlTowerClient;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;

/**
 * Builds the SDK clients for one execution and closes them (style.md §2: clients per execution,
 * try-with-resources). Credentials: the default chain, or a named profile, optionally followed by
 * an STS AssumeRole; {@code endpoint} points every client at an emulator.
 */
public final class AwsClients implements AutoCloseable {

  /**
   * @param region the StackSet administrator Region (and the Region of every client when an
   *     endpoint is set)
   * @param endpoint emulator endpoint, e.g. {@code http://127.0.0.1:5000}
   * @param profile named profile instead of the default chain
   * @param assumeRoleArn role to assume first
   * @param credentials explicit credentials (tests); overrides profile and default chain
   * @param interceptors SDK interceptors (tests count calls with one)
   * @param maxAttempts attempts per call in the SDK's standard retry strategy (throttling is
   *     retried there, facts §9)
   */
  public record Settings(
      String region,
      Optional<URI> endpoint,
      Optional<String> profile,
      Optional<String> assumeRoleArn,
      Optional<AwsCredentialsProvider> credentials,
      List<ExecutionInterceptor> interceptors,
      int maxAttempts) {
    public Settings {
      interceptors = List.copyOf(interceptors);
    }
  }

  private final Settings settings;
  private final CallTally tally = new CallTally();
  private final SdkHttpClient http = UrlConnectionHttpClient.builder().build();
  private final AwsCredentialsProvider credentials;
  private final List<AutoCloseable> closeables = new ArrayList<>();
  private final Map<String, CloudFormationClient> cloudFormation = new ConcurrentHashMap<>();
  private final Map<String, CloudTrailClient> cloudTrail = new ConcurrentHashMap<>();
  private final Map<String, ConfigClient> config = new ConcurrentHashMap<>();
  private final Map<String, KmsClient> kms = new ConcurrentHashMap<>();
  private OrganizationsClient organizations;
  private ControlTowerClient controlTower;
  private StsClient sts;

  public AwsClients(Settings requested) {
    this.settings = withRegion(requested);
    Settings settings = this.settings;
    AwsCredentialsProvider base =
        settings
            .credentials()
            .orElseGet(
                () ->
                    settings
                        .profile()
                        .<AwsCredentialsProvider>map(ProfileCredentialsProvider::create)
                        .orElseGet(() -> DefaultCredentialsProvider.builder().build()));
    if (settings.assumeRoleArn().isPresent()) {
      StsClient baseSts =
          configure(StsClient.builder(), Region.of(settings.region()), base).build();
      closeables.add(baseSts);
      StsAssumeRoleCredentialsProvider assumed =
          StsAssumeRoleCredentialsProvider.builder()
              .stsClient(baseSts)
              .refreshRequest(
                  r -> r.roleArn(settings.assumeRoleArn().get()).roleSessionName("airgap-deploy"))
              .build();
      closeables.add(assumed);
      this.credentials = assumed;
    } else {
      this.credentials = base;
    }
  }

  /**
   * An empty region falls back to the SDK's region chain (AWS_REGION, profile); none at all is an
   * input error.
   */
  private static Settings withRegion(Settings s) {
    if (!s.region().isBlank()) {
      return s;
    }
    try {
      String region =
          new software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain()
              .getRegion()
              .id();
      return new Settings(
          region,
          s.endpoint(),
          s.profile(),
          s.assumeRoleArn(),
          s.credentials(),
          s.interceptors(),
          s.maxAttempts());
    } catch (software.amazon.awssdk.core.exception.SdkClientException e) {
      throw new dev.airgap.maven.deploy.InvalidInputException(
          java.util.List.of(
              "no AWS Region: set -D"
                  + dev.airgap.maven.PropertyNames.REGION
                  + "=<region> or AWS_REGION"));
    }
  }

  private <B extends AwsClientBuilder<B, ?>> B configure(
      B builder, Region region, AwsCredentialsProvider creds) {
    builder.region(region).credentialsProvider(creds);
    if (builder
        instanceof software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder<?, ?> sync) {
      sync.httpClient(http);
    }
    settings.endpoint().ifPresent(builder::endpointOverride);
    builder.overrideConfiguration(
        ClientOverrideConfiguration.builder()
            // Standard mode retries throttling and transient errors with backoff (facts §9); more
            // attempts than its default 3.
            .retryStrategy(
                AwsRetryStrategy.standardRetryStrategy().toBuilder()
                    .maxAttempts(settings.maxAttempts())
                    .build())
            .executionInterceptors(interceptors())
            .build());
    return builder;
  }

  private List<ExecutionInterceptor> interceptors() {
    List<ExecutionInterceptor> all = new ArrayList<>(settings.interceptors());
    all.add(tally);
    return all;
  }

  /**
   * One line for the log: how many AWS calls this execution made, and how many of them mutated
   * something.
   */
  public String callSummary() {
    Map<String, Integer> counts = tally.counts();
    int total = counts.values().stream().mapToInt(Integer::intValue).sum();
    StringBuilder mutating = new StringBuilder();
    int mutated = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (CallTally.isMutating(e.getKey())) {
        mutated += e.getValue();
        mutating
            .append(mutating.length() == 0 ? "" : ", ")
            .append(e.getKey())
            .append(' ')
            .append(e.getValue());
      }
    }
    return "AWS API calls: "
        + total
        + ", mutating: "
        + mutated
        + (mutated == 0 ? "" : " (" + mutating + ")");
  }

  /** This execution's AWS calls by operation name, sorted. */
  public Map<String, Integer> callCounts() {
    return tally.counts();
  }

  public synchronized CloudFormationClient cloudFormation(String region) {
    return cloudFormation.computeIfAbsent(
        region, r -> configure(CloudFormationClient.builder(), Region.of(r), credentials).build());
  }

  public synchronized OrganizationsClient organizations() {
    if (organizations == null) {
      // Organizations is a global service (us-east-1 endpoint); an emulator answers in any Region.
      Region region =
          settings.endpoint().isPresent() ? Region.of(settings.region()) : Region.AWS_GLOBAL;
      organizations = configure(OrganizationsClient.builder(), region, credentials).build();
    }
    return organizations;
  }

  public synchronized CloudTrailClient cloudTrail(String region) {
    return cloudTrail.computeIfAbsent(
        region, r -> configure(CloudTrailClient.builder(), Region.of(r), credentials).build());
  }

  public synchronized ConfigClient config(String region) {
    return config.computeIfAbsent(
        region, r -> configure(ConfigClient.builder(), Region.of(r), credentials).build());
  }

  public synchronized KmsClient kms(String region) {
    return kms.computeIfAbsent(
        region, r -> configure(KmsClient.builder(), Region.of(r), credentials).build());
  }

  /** In the administrator Region; ListLandingZones answers in the landing zone's home Region. */
  public synchronized ControlTowerClient controlTower() {
    if (controlTower == null) {
      controlTower =
          configure(ControlTowerClient.builder(), Region.of(settings.region()), credentials)
              .build();
    }
    return controlTower;
  }

  /** CloudTrail, Control Tower and the policies on a target, for doctor. */
  public dev.airgap.maven.deploy.Governance governance() {
    return new SdkGovernance(
        this::cloudTrail,
        controlTower(),
        organizations(),
        cloudFormation(settings.region()),
        this::config);
  }

  public synchronized StsClient sts() {
    if (sts == null) {
      sts = configure(StsClient.builder(), Region.of(settings.region()), credentials).build();
    }
    return sts;
  }

  public StackSets stackSets() {
    return new SdkStackSets(cloudFormation(settings.region()), this::cloudFormation);
  }

  /** The read calls of airgap:init's organization discovery. */
  public dev.airgap.maven.init.OrganizationTree organizationTree() {
    return new SdkOrganizationTree(organizations());
  }

  public dev.airgap.maven.deploy.KeyAliases keyAliases() {
    return new SdkKeyAliases(this::kms);
  }

  public Organization organization() {
    return new SdkOrganization(organizations(), sts());
  }

  @Override
  public synchronized void close() {
    cloudFormation.values().forEach(CloudFormationClient::close);
    cloudTrail.values().forEach(CloudTrailClient::close);
    config.values().forEach(ConfigClient::close);
    kms.values().forEach(KmsClient::close);
    if (controlTower != null) {
      controlTower.close();
    }
    if (organizations != null) {
      organizations.close();
    }
    if (sts != null) {
      sts.close();
    }
    for (AutoCloseable c : closeables) {
      try {
        c.close();
      } catch (Exception e) {
        // closing is best effort
      }
    }
    http.close();
  }
}
