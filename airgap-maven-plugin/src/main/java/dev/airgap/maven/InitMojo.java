package dev.airgap.maven;

import dev.airgap.maven.deploy.CloudCallException;
import dev.airgap.maven.deploy.InvalidInputException;
import dev.airgap.maven.deploy.aws.AwsClients;
import dev.airgap.maven.init.ConfigRepo;
import dev.airgap.maven.init.DiscoveredOrganization;
import dev.airgap.maven.init.InitRefusedException;
import dev.airgap.maven.init.InitRequest;
import java.io.File;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes a ready config repository into a new or empty directory: a standalone {@code pom.xml}
 * pinning this plugin, {@code airgap.yaml}, {@code .gitignore}, {@code README.md} and GitHub
 * Actions workflows. Runs without a project, like {@code archetype:generate}. With {@code
 * -Dairgap.init.discover=true} it reads the organization (DescribeOrganization, ListRoots,
 * ListOrganizationalUnitsForParent, ListAccountsForParent; nothing else) to fill in the
 * organization id, the management account and the OU tree as comments. Every choice left open is a
 * {@code TODO} that {@code airgap:validate} reports (AG1090) until it is made. Overwrites nothing.
 */
@Mojo(name = "init", requiresProject = false, threadSafe = true)
public class InitMojo extends AbstractMojo {

  /** Where the repository is written; must not exist, or be empty (a {@code .git} is fine). */
  @Parameter(property = PropertyNames.INIT_DIRECTORY, defaultValue = "${user.dir}/airgap-config")
  File directory;

  /** The repository POM's groupId. */
  @Parameter(property = PropertyNames.INIT_GROUP_ID, defaultValue = "com.example.airgap")
  String groupId;

  /** The repository POM's artifactId; defaults to the directory's name. */
  @Parameter(property = PropertyNames.INIT_ARTIFACT_ID)
  String artifactId;

  /** Read the organization with the AWS credentials (management account or delegated admin). */
  @Parameter(property = PropertyNames.INIT_DISCOVER, defaultValue = "false")
  boolean discover;

  /** Organization id; discovered when {@code discover} is on. */
  @Parameter(property = PropertyNames.INIT_ORGANIZATION_ID)
  String organizationId;

  /** Management account id; discovered when {@code discover} is on. */
  @Parameter(property = PropertyNames.INIT_MANAGEMENT_ACCOUNT)
  String managementAccount;

  /** The central backup account id. */
  @Parameter(property = PropertyNames.INIT_CENTRAL_ACCOUNT)
  String centralAccount;

  /** The OU of the central account; with discovery, the central account's parent OU. */
  @Parameter(property = PropertyNames.INIT_CENTRAL_OU)
  String centralOrganizationalUnit;

  /** Member OU ids, comma-separated. */
  @Parameter(property = PropertyNames.INIT_MEMBER_OUS)
  String memberOrganizationalUnits;

  /** Regions of the central vault and the members, comma-separated. */
  @Parameter(property = PropertyNames.INIT_REGIONS)
  String regions;

  /** Vault admin principal ARNs, comma-separated. */
  @Parameter(property = PropertyNames.INIT_ADMINS)
  String admins;

  /** Alert e-mail addresses, comma-separated. */
  @Parameter(property = PropertyNames.INIT_ALERT_EMAILS)
  String alertEmails;

  /**
   * With discovery: a regular expression; the one account whose name it finds is the central one.
   */
  @Parameter(property = PropertyNames.INIT_CENTRAL_ACCOUNT_PATTERN)
  String centralAccountPattern;

  /** With discovery: a regular expression; every OU whose name it finds is a member OU. */
  @Parameter(property = PropertyNames.INIT_MEMBER_OU_PATTERN)
  String memberOuPattern;

  /** Region of the discovery calls; defaults to the SDK's Region chain. */
  @Parameter(property = PropertyNames.REGION)
  String region;

  /** Named AWS profile for discovery. */
  @Parameter(property = PropertyNames.PROFILE)
  String profile;

  /** Role to assume before discovery. */
  @Parameter(property = PropertyNames.ASSUME_ROLE_ARN)
  String assumeRoleArn;

  /** Endpoint of an AWS API emulator (tests); never set for real AWS. */
  @Parameter(property = PropertyNames.ENDPOINT)
  String endpoint;

  /** The running plugin's version, which the written POM pins. */
  @Parameter(defaultValue = "${plugin.version}", readonly = true, required = true)
  String pluginVersion;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    InitRequest request = request();
    Optional<DiscoveredOrganization> org = discover ? Optional.of(discover()) : Optional.empty();
    Map<String, String> files = ConfigRepo.files(request, org);
    try {
      ConfigRepo.write(directory.toPath(), files);
    } catch (InitRefusedException e) {
      throw new MojoFailureException(e.getMessage());
    }
    getLog().info("airgap:init wrote " + directory + ":");
    files.keySet().forEach(f -> getLog().info("  " + f));
    long todos = files.get("airgap.yaml").lines().filter(l -> l.contains("\"TODO ")).count();
    getLog()
        .info(
            todos == 0
                ? "next: cd " + directory + " && mvn"
                : "next: replace the "
                    + todos
                    + " line(s) with TODO in airgap.yaml (mvn lists them, AG1090), then mvn");
  }

  private DiscoveredOrganization discover() throws MojoExecutionException, MojoFailureException {
    try (AwsClients clients =
        new AwsClients(
            new AwsClients.Settings(
                trim(region).orElse(""),
                trim(endpoint).map(URI::create),
                trim(profile),
                trim(assumeRoleArn),
                Optional.empty(),
                List.of(),
                8))) {
      DiscoveredOrganization org = DiscoveredOrganization.discover(clients.organizationTree());
      getLog().info("discovered organization " + org.id() + "; " + clients.callSummary());
      return org;
    } catch (InvalidInputException e) {
      throw new MojoFailureException(String.join("\n", e.problems()));
    } catch (CloudCallException e) {
      throw new MojoExecutionException(
          "organization discovery failed, nothing written: " + MojoErrors.describe(e), e);
    } catch (RuntimeException e) {
      throw new MojoExecutionException(
          "organization discovery failed, nothing written: " + e.getMessage(), e);
    }
  }

  InitRequest request() throws MojoFailureException {
    String artifact = trim(artifactId).orElse(directory.toPath().getFileName().toString());
    return new InitRequest(
        directory.toPath(),
        groupId,
        artifact,
        pluginVersion,
        new InitRequest.Answers(
            trim(organizationId),
            trim(managementAccount),
            trim(centralAccount),
            trim(centralOrganizationalUnit),
            split(memberOrganizationalUnits),
            split(regions),
            split(admins),
            split(alertEmails)),
        pattern(PropertyNames.INIT_CENTRAL_ACCOUNT_PATTERN, centralAccountPattern),
        pattern(PropertyNames.INIT_MEMBER_OU_PATTERN, memberOuPattern));
  }

  private static Optional<Pattern> pattern(String property, String value)
      throws MojoFailureException {
    Optional<String> v = trim(value);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Pattern.compile(v.get(), Pattern.CASE_INSENSITIVE));
    } catch (PatternSyntaxException e) {
      throw new MojoFailureException(
          "-D" + property + "=" + v.get() + " is not a regular expression: " + e.getDescription());
    }
  }

  private static Optional<String> trim(String s) {
    return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.trim());
  }

  private static List<String> split(String s) {
    return s == null
        ? List.of()
        : Arrays.stream(s.split(",")).map(String::trim).filter(x -> !x.isEmpty()).toList();
  }
}
