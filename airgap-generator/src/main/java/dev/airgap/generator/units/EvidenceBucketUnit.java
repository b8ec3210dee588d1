package dev.airgap.generator.units;

import dev.airgap.generator.ArchitecturePicture;
import dev.airgap.generator.cfn.CfnValue;
import dev.airgap.generator.cfn.Output;
import dev.airgap.generator.cfn.Resource;
import dev.airgap.generator.cfn.Template;
import dev.airgap.generator.manifest.DeploymentUnit;
import dev.airgap.generator.policy.EvidenceAccount;
import dev.airgap.generator.policy.EvidenceActions;
import dev.airgap.generator.policy.ProtectedActions;
import dev.airgap.generator.policy.ScpDocument;
import dev.airgap.model.AirGapModel;
import dev.airgap.model.DeployFrom;
import java.util.ArrayList;
import java.util.List;

/**
 * The bucket the organization-wide AWS Backup reports go to (evidence.reports), in the central
 * account (or the audit account evidence.reports.bucketAccount names, with its own tamper alert:
 * {@link EvidenceAlerts}) and the first central Region, where the report plans deliver
 * (docs/aws-facts.md §19.3). The reports are evidence, so the bucket is kept like the vault:
 * retained and versioned, SSE-S3 encrypted (no key an attacker could disable), public access
 * blocked, ACLs off, and a policy that lets only Backup Audit Manager's service-linked role of the
 * reporting account write, refuses plain HTTP, and denies deleting the bucket, its policy, a report
 * or a report version, or a lifecycle that would expire them, to everyone but the admins. The
 * central-account SCP denies the same calls (root included), because the bucket owner's root may
 * always replace a bucket policy; in an audit account that account's own SCP does ({@code
 * EvidenceAccountScp}).
 */
public final class EvidenceBucketUnit implements Unit {
  EvidenceBucketUnit() {}

  public static final UnitId ID = UnitId.of("evidence-bucket");

  public static final String BUCKET = "EvidenceBucket";
  public static final String POLICY = "EvidenceBucketPolicy";

  /** The Backup Audit Manager service-linked role (docs/aws-facts.md §19.3). */
  static final String REPORTS_ROLE =
      "role/aws-service-role/reports.backup.amazonaws.com/AWSServiceRoleForBackupReports";

  static boolean applies(AirGapModel model) {
    return model.reports().isPresent();
  }

  /** The Region of the bucket and the report plans: the first central Region. */
  public static String region(AirGapModel model) {
    return EvidenceAccount.region(model);
  }

  public static String bucketName(AirGapModel model) {
    return EvidenceAccount.bucketName(model);
  }

  /** The account whose report plans write into the bucket. */
  public static String reportingAccount(AirGapModel model) {
    return model.reports().orElseThrow().fromAccount() == DeployFrom.DELEGATED_ADMIN
        ? model.organization().delegatedAdminAccount().orElseThrow()
        : model.organization().managementAccount();
  }

  public static Template build(AirGapModel model) {
    String name = bucketName(model);
    String reporting = reportingAccount(model);
    boolean remote = EvidenceAccount.remote(model);
    Template.Builder t =
        new Template.Builder(
            "airgap evidence bucket '"
                + name
                + (remote ? "' in the audit account " : "' in the central account ")
                + EvidenceAccount.account(model)
                + ": AWS Backup's organization reports from account "
                + reporting
                + " land here. Retained, versioned, encrypted; only the admins may delete the bucket,"
                + " a report or a version, its policy, or set a lifecycle."
                + (remote ? " Changes to it alert on this account's own topic." : ""));
    t.resource(
        BUCKET,
        Resource.of(
                "AWS::S3::Bucket",
                CfnValue.map()
                    .put("BucketName", name)
                    .put("VersioningConfiguration", CfnValue.map().put("Status", "Enabled").build())
                    .put(
                        "BucketEncryption",
                        CfnValue.map()
                            .put(
                                "ServerSideEncryptionConfiguration",
                                CfnValue.list(
                                    CfnValue.map()
                                        .put(
                                            "ServerSideEncryptionByDefault",
                                            CfnValue.map().put("SSEAlgorithm", "AES256").build())
                                        .build()))
                            .build())
                    .put(
                        "PublicAccessBlockConfiguration",
                        CfnValue.map()
                            .put("BlockPublicAcls", true)
                            .put("BlockPublicPolicy", true)
                            .put("IgnorePublicAcls", true)
                            .put("RestrictPublicBuckets", true)
                            .build())
                    .put(
                        "OwnershipControls",
                        CfnValue.map()
                            .put(
                                "Rules",
                                CfnValue.list(
                                    CfnValue.map()
                                        .put("ObjectOwnership", "BucketOwnerEnforced")
                                        .build()))
                            .build())
                    .build(),
                "/evidence/reports")
            .retained());
    t.resource(
        POLICY,
        Resource.of(
                "AWS::S3::BucketPolicy",
                CfnValue.map()
                    .put("Bucket", CfnValue.ref(BUCKET))
                    .put("PolicyDocument", policy(model, name, reporting))
                    .build(),
                "/evidence/reports")
            .retained());
    if (remote) {
      EvidenceAlerts.add(t, model);
    }
    t.output(
        "EvidenceBucketName", Output.of("Bucket of the AWS Backup reports", CfnValue.ref(BUCKET)));
    return t.build();
  }

  static CfnValue policy(AirGapModel model, String bucket, String reporting) {
    CfnValue resources =
        CfnValue.list(
            CfnValue.sub("arn:${AWS::Partition}:s3:::" + bucket),
            CfnValue.sub("arn:${AWS::Partition}:s3:::" + bucket + "/*"));
    // Principal is the reporting account and the condition its service-linked role: a policy
    // naming the role itself is refused until AWS has created it with the first report plan.
    CfnValue write =
        CfnValue.ordered()
            .put("Sid", "AllowBackupReportsToWrite")
            .put("Effect", "Allow")
            .put("Principal", CfnValue.map().put("AWS", Principals.accountRoot(reporting)).build())
            .put("Action", CfnValue.texts(List.of("s3:GetBucketLocation", "s3:PutObject")))
            .put("Resource", resources)
            .put(
                "Condition",
                CfnValue.map()
                    .put(
                        "ArnEquals",
                        CfnValue.map()
                            .put(
                                "aws:PrincipalArn",
                                CfnValue.sub(
                                    "arn:${AWS::Partition}:iam::" + reporting + ":" + REPORTS_ROLE))
                            .build())
                    .build())
            .build();
    CfnValue insecure =
        CfnValue.ordered()
            .put("Sid", "DenyInsecureTransport")
            .put("Effect", "Deny")
            .put("Principal", CfnValue.map().put("AWS", "*").build())
            .put("Action", "s3:*")
            .put("Resource", resources)
            .put(
                "Condition",
                CfnValue.map()
                    .put("Bool", CfnValue.map().put("aws:SecureTransport", "false").build())
                    .build())
            .build();
    List<CfnValue> statements = new ArrayList<>(List.of(write));
    if (EvidenceAccount.remote(model)) {
      statements.add(adminsManage(model, resources));
    }
    statements.add(insecure);
    statements.add(
        deny(
            "DenyEvidenceDestructionToAllButAdmins",
            EvidenceActions.evidenceDestruction(),
            resources,
            Principals.admins(model)));
    statements.add(
        deny(
            "DenyEvidenceConfigurationToAllButAdminsAndDeployRole",
            EvidenceActions.evidenceConfiguration(),
            resources,
            Principals.adminsAndDeployRoles(model)));
    return Statements.document(statements.toArray(CfnValue[]::new));
  }

  /**
   * In an audit account the admins are principals of other accounts, and a cross-account request
   * needs the bucket policy's allow: without it nobody could ever expire a report. Principal is
   * each admin account and the condition the admins themselves, as for the reporting role.
   */
  private static CfnValue adminsManage(AirGapModel model, CfnValue resources) {
    java.util.TreeSet<String> accounts = new java.util.TreeSet<>();
    for (String admin : ScpDocument.admins(model)) {
      accounts.add(admin.split(":")[4]);
    }
    List<CfnValue> roots = new ArrayList<>();
    accounts.forEach(a -> roots.add(Principals.accountRoot(a)));
    return CfnValue.ordered()
        .put("Sid", "AllowAdminsToManageEvidence")
        .put("Effect", "Allow")
        .put("Principal", CfnValue.map().put("AWS", CfnValue.list(roots)).build())
        .put(
            "Action",
            CfnValue.texts(
                ProtectedActions.union(
                    EvidenceActions.evidenceDestruction(),
                    EvidenceActions.evidenceConfiguration())))
        .put("Resource", resources)
        .put(
            "Condition",
            CfnValue.map()
                .put(
                    "ArnLike",
                    CfnValue.map().put("aws:PrincipalArn", Principals.admins(model)).build())
                .build())
        .build();
  }

  private static CfnValue deny(
      String sid, List<String> actions, CfnValue resources, CfnValue exempt) {
    return CfnValue.ordered()
        .put("Sid", sid)
        .put("Effect", "Deny")
        .put("Principal", CfnValue.map().put("AWS", "*").build())
        .put("Action", CfnValue.texts(actions))
        .put("Resource", resources)
        .put(
            "Condition",
            CfnValue.map()
                .put("ArnNotLike", CfnValue.map().put("aws:PrincipalArn", exempt).build())
                .build())
        .build();
  }

  @Override
  public UnitId id() {
    return ID;
  }

  @Override
  public List<UnitTemplate> templates(AirGapModel model) {
    return applies(model) ? List.of(new UnitTemplate(ID, build(model))) : List.of();
  }

  /**
   * One stack instance, the bucket name being global: in the central account through the central
   * stack set's targets, or in the audit account the model names.
   */
  @Override
  public DeploymentUnit.Builder deployment(AirGapModel model, UnitId unitId) {
    DeploymentUnit.Builder b = Deployments.centralStackSet(model, unitId);
    if (EvidenceAccount.remote(model)) {
      b.targets(
          Deployments.accountTargets(
              model, EvidenceAccount.account(model), EvidenceAccount.organizationalUnit(model)));
    }
    return b.regions(List.of(region(model)));
  }

  @Override
  public void picture(AirGapModel model, List<UnitId> rendered, ArchitecturePicture picture) {
    if (rendered.isEmpty()) {
      return;
    }
    if (EvidenceAccount.remote(model)) {
      // Outside the central account's box: the bucket, its alerts and its SCP are in the audit
      // account.
      picture.add(
          ArchitecturePicture.Element.RECOVERY_SHARE,
          "evidence[(\"evidence bucket "
              + bucketName(model)
              + ", audit account "
              + EvidenceAccount.account(model)
              + ", own tamper rule + topic and SCP\")]");
      return;
    }
    picture.add(
        ArchitecturePicture.Element.CENTRAL_VAULT,
        region(model),
        "evidence[(\"evidence bucket " + bucketName(model) + "\")]");
  }
}
