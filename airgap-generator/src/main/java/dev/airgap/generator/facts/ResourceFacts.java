package dev.airgap.generator.facts;

import com.fasterxml.jackson.databind.JsonNode;
import dev.airgap.generator.facts.PolicyLimit.Measure;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One row per resource type airgap emits, and only those: a type airgap does not emit has no row
 * and is treated as updating in place, holding nothing, and needing nothing. A new type needs its
 * official schema in {@code check/schemas} and a row here; {@code ResourceFactsTest} fails until
 * both exist.
 */
public final class ResourceFacts {
  /** Every {@code Custom::} type is a custom resource as far as CloudFormation is concerned. */
  public static final String CUSTOM_RESOURCE = "AWS::CloudFormation::CustomResource";

  // docs/aws-facts.md §6.1, §4.6, §5.1, §7.1: as AWS counts them, without whitespace.
  static final int SCP_CHARACTERS = 5_120;
  static final int BACKUP_POLICY_CHARACTERS = 10_000;
  static final int KEY_POLICY_BYTES = 32_768;
  static final int EVENT_PATTERN_CHARACTERS = 2_048;

  private static final PropertyEquals SCP = new PropertyEquals("Type", "SERVICE_CONTROL_POLICY");
  private static final PropertyEquals BACKUP_POLICY = new PropertyEquals("Type", "BACKUP_POLICY");

  private static final Map<String, ResourceFact> TABLE =
      table(
          // Vaults exist to send or receive copies across accounts, an organization feature of AWS
          // Backup.
          row("AWS::Backup::BackupVault")
              .stateful()
              .securityProperties("AccessPolicy", "LockConfiguration")
              .needs(ServiceAccess.BACKUP, null),
          // Framework thresholds and report destinations are evidence settings: a reviewer sees
          // them first (docs/aws-facts.md §19). Organization reports need AWS Backup's trusted
          // access like the backup policies.
          row("AWS::Backup::Framework").securityProperties("FrameworkControls"),
          row("AWS::Backup::ReportPlan")
              .securityProperties("ReportDeliveryChannel", "ReportSetting")
              .needs(ServiceAccess.BACKUP, null),
          row("AWS::Backup::LogicallyAirGappedBackupVault")
              .stateful()
              .securityProperties(
                  "AccessPolicy", "MaxRetentionDays", "MinRetentionDays", "MpaApprovalTeamArn")
              .needs(ServiceAccess.BACKUP, null),
          // Which vault's copies are restored, and with which role (docs/aws-facts.md §16): a
          // change decides what data lands in the central account and who may touch it there.
          row("AWS::Backup::RestoreTestingPlan")
              .securityRelevant()
              .securityProperties("RecoveryPointSelection"),
          row("AWS::Backup::RestoreTestingSelection")
              .securityRelevant()
              .securityProperties("IamRoleArn", "ProtectedResourceArns"),
          // The SCP in Lambda mode (ScpLambda): the handler takes the document as a minified
          // string.
          row(CUSTOM_RESOURCE)
              .securityProperties("TargetIds")
              .policy(
                  PolicyLimit.of(
                      "PolicyContent", "SCP document", Measure.TEXT_CHARACTERS, SCP_CHARACTERS)),
          // What age of the newest recovery point counts as a missing backup, and for which
          // resources (docs/aws-facts.md §17.5): a wider scope or a longer age silences the alert.
          row("AWS::Config::ConfigRule").securityProperties("InputParameters", "Scope", "Source"),
          // Who may put events on the organization's job event bus (docs/aws-facts.md §17.2).
          row("AWS::Events::EventBus").securityRelevant().securityProperties("Policy"),
          row("AWS::Events::Rule")
              .policy(
                  PolicyLimit.of(
                      "EventPattern",
                      "event pattern",
                      Measure.MINIFIED_JSON_CHARACTERS,
                      EVENT_PATTERN_CHARACTERS)),
          row("AWS::IAM::Role")
              .securityRelevant()
              .securityProperties("AssumeRolePolicyDocument", "ManagedPolicyArns", "Policies"),
          // Repointing an alias repoints every encryption that names the key by its alias.
          row("AWS::KMS::Alias").securityRelevant(),
          row("AWS::KMS::Key")
              .stateful()
              .securityProperties("KeyPolicy")
              .policy(
                  PolicyLimit.of(
                      "KeyPolicy", "key policy", Measure.MINIFIED_JSON_BYTES, KEY_POLICY_BYTES)),
          row("AWS::Lambda::Function"),
          // Who approves restore access to the logically air-gapped vault (docs/aws-facts.md
          // §13.20); deleting the identity source disables multi-party approval.
          row("AWS::MPA::ApprovalTeam")
              .stateful()
              .securityRelevant()
              .securityProperties("ApprovalStrategy", "Approvers", "Policies"),
          row("AWS::MPA::IdentitySource").stateful().securityProperties("IdentitySourceParameters"),
          row("AWS::Organizations::Policy")
              .securityRelevant()
              .securityProperties("Content", "TargetIds")
              .policy(
                  PolicyLimit.when(
                      SCP,
                      "Content",
                      SCP.value() + " document",
                      Measure.MINIFIED_JSON_CHARACTERS,
                      SCP_CHARACTERS))
              .policy(
                  PolicyLimit.when(
                      BACKUP_POLICY,
                      "Content",
                      BACKUP_POLICY.value() + " document",
                      Measure.MINIFIED_JSON_CHARACTERS,
                      BACKUP_POLICY_CHARACTERS))
              .needs(ServiceAccess.BACKUP, BACKUP_POLICY),
          // Who may restore from the shared vault, or use the approval team.
          row("AWS::RAM::ResourceShare")
              .securityProperties("AllowExternalPrincipals", "Principals", "ResourceArns")
              .needs(ServiceAccess.RAM, null),
          // Who reaches the break-glass purposes through Identity Center, and with what
          // permissions (docs/aws-facts.md §18).
          row("AWS::SSO::Assignment")
              .securityRelevant()
              .securityProperties("PermissionSetArn", "PrincipalId", "PrincipalType", "TargetId"),
          row("AWS::SSO::PermissionSet")
              .securityRelevant()
              .securityProperties("InlinePolicy", "ManagedPolicies", "SessionDuration"),
          // The report bucket holds evidence: replacing it orphans the reports, like a vault.
          row("AWS::S3::Bucket")
              .stateful()
              .securityProperties(
                  "BucketEncryption",
                  "BucketName",
                  "LifecycleConfiguration",
                  "OwnershipControls",
                  "PublicAccessBlockConfiguration",
                  "VersioningConfiguration"),
          row("AWS::S3::BucketPolicy").securityRelevant().securityProperties("PolicyDocument"),
          row("AWS::SNS::Subscription"),
          row("AWS::SNS::Topic"),
          row("AWS::SNS::TopicPolicy").securityRelevant().securityProperties("PolicyDocument"));

  private ResourceFacts() {}

  /** The row of a type ({@code Custom::} types share the custom resource's), if airgap emits it. */
  public static Optional<ResourceFact> of(String type) {
    return Optional.ofNullable(TABLE.get(type.startsWith("Custom::") ? CUSTOM_RESOURCE : type));
  }

  /** Every row, by type. */
  public static Collection<ResourceFact> all() {
    return TABLE.values();
  }

  /** Whether changing a top-level property of a resource of this type replaces it. */
  public static boolean isCreateOnly(String type, String property) {
    return of(type).map(f -> f.createOnlyProperties().contains(property)).orElse(false);
  }

  /** Whether the type holds backups or the key to them. */
  public static boolean isStateful(String type) {
    return of(type).map(ResourceFact::stateful).orElse(false);
  }

  private static Map<String, ResourceFact> table(Row... rows) {
    Map<String, ResourceFact> table = new TreeMap<>();
    for (Row row : rows) {
      ResourceFact fact = row.build();
      if (table.put(fact.type(), fact) != null) {
        throw new IllegalStateException("two rows for " + fact.type());
      }
    }
    return Collections.unmodifiableMap(table);
  }

  private static Row row(String type) {
    return new Row(type);
  }

  private static final class Row {
    private final String type;
    private boolean stateful;
    private boolean securityRelevant;
    private final List<String> securityProperties = new ArrayList<>();
    private final List<PolicyLimit> policyLimits = new ArrayList<>();
    private final List<ServiceAccess.Need> serviceAccess = new ArrayList<>();

    Row(String type) {
      this.type = type;
    }

    Row stateful() {
      stateful = true;
      return this;
    }

    Row securityRelevant() {
      securityRelevant = true;
      return this;
    }

    Row securityProperties(String... names) {
      securityProperties.addAll(List.of(names));
      return this;
    }

    Row policy(PolicyLimit limit) {
      policyLimits.add(limit);
      return this;
    }

    Row needs(ServiceAccess access, PropertyEquals when) {
      serviceAccess.add(new ServiceAccess.Need(access, Optional.ofNullable(when)));
      return this;
    }

    ResourceFact build() {
      // A missing schema leaves the row without create-only properties; ResourceFactsTest names it.
      List<String> createOnly =
          BundledSchemas.schema(type).map(ResourceFacts::createOnly).orElse(List.of());
      return new ResourceFact(
          type,
          createOnly,
          stateful,
          securityRelevant,
          securityProperties,
          policyLimits,
          serviceAccess);
    }
  }

  /**
   * The schema's {@code createOnlyProperties} as top-level names. The diff classifies top-level
   * properties, so a nested pointer ({@code /properties/A/B}) conservatively makes all of A
   * create-only (AWS::MPA::ApprovalTeam's pointer to each policy's ARN adds nothing to its {@code
   * Policies}).
   */
  private static List<String> createOnly(JsonNode schema) {
    TreeSet<String> names = new TreeSet<>();
    for (JsonNode pointer : schema.path("createOnlyProperties")) {
      String[] parts = pointer.asText().split("/");
      if (parts.length >= 3 && parts[1].equals("properties")) {
        names.add(parts[2]);
      }
    }
    return List.copyOf(names);
  }
}
