package dev.airgap.generator.units;

import dev.airgap.generator.ArchitecturePicture;
import dev.airgap.generator.cfn.CfnValue;
import dev.airgap.generator.cfn.Output;
import dev.airgap.generator.cfn.Resource;
import dev.airgap.generator.cfn.Template;
import dev.airgap.generator.manifest.DeploymentUnit;
import dev.airgap.generator.manifest.DeploymentUnit.AccountFilterType;
import dev.airgap.generator.manifest.DeploymentUnit.PermissionModel;
import dev.airgap.generator.manifest.DeploymentUnit.UnitKind;
import dev.airgap.generator.manifest.DeploymentUnit.UnitTargets;
import dev.airgap.model.AirGapModel;
import dev.airgap.model.KeyKind;
import dev.airgap.model.Members;
import dev.airgap.model.VaultLock;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * What every member account needs before the backup policy reaches it (docs/aws-facts.md §4.6, §11
 * #13): a key the central account and AWS Backup may use for copies, the local vault (optionally
 * with a governance lock), and the AWS Backup service role with exactly the name the backup policy
 * names. A service-managed stack set auto-deployed to the member OUs, one instance per member
 * region.
 */
public final class MemberBaselineUnit implements Unit {
  MemberBaselineUnit() {}

  public static final UnitId ID = UnitId.of("member-baseline");

  public static final String VAULT = "MemberVault";
  public static final String AIR_GAPPED_VAULT = "MemberAirGappedVault";
  public static final String KEY = "MemberVaultKey";
  public static final String KEY_ALIAS = "MemberVaultKeyAlias";
  public static final String ROLE = "BackupServiceRole";
  public static final String ROLE_REGION = "IsBackupRoleRegion";

  /**
   * AWS managed policies of the AWS Backup service role, built with the partition
   * (docs/aws-facts.md §11 #5).
   */
  static final List<String> ROLE_POLICIES =
      List.of(
          "AWSBackupServiceRolePolicyForS3Backup",
          "AWSBackupServiceRolePolicyForS3Restore",
          "service-role/AWSBackupServiceRolePolicyForBackup",
          "service-role/AWSBackupServiceRolePolicyForRestores");

  public static Template build(AirGapModel model) {
    Members members = model.members();
    String roleRegion = new TreeSet<>(members.regions()).first();
    Template.Builder t =
        new Template.Builder(
            "airgap member baseline: local vault '"
                + members.vault().name()
                + "', its key (usable by the central account "
                + model.central().account()
                + " and AWS Backup for copies) and the AWS Backup service role '"
                + members.backupRoleName()
                + "' that the organization backup policy names. IAM roles are global, so the"
                + " role is created only in "
                + roleRegion
                + "."
                + members
                    .airGappedVault()
                    .map(
                        v ->
                            " Plans back up directly into the logically air-gapped vault '"
                                + v.name()
                                + "' (AWS-owned key, compliance-locked at creation).")
                    .orElse(""));
    // One named role per account: only the instance in the first member region creates it.
    t.condition(
        ROLE_REGION, new CfnValue.Equals(CfnValue.ref("AWS::Region"), CfnValue.text(roleRegion)));

    CfnValue keyArn = null;
    if (members.key().kind() == KeyKind.MANAGED) {
      List<CfnValue> statements = new ArrayList<>();
      statements.add(Statements.accountAdministers());
      statements.addAll(Statements.backupInThisAccount());
      statements.add(centralUses(model));
      statements.add(centralGrants(model));
      statements.add(Statements.denyGrantsNotForAwsServices());
      t.resource(
          KEY,
          Statements.retainedKey(
              "airgap: encrypts the member backup vault " + members.vault().name(),
              members.key(),
              Statements.document(statements.toArray(CfnValue[]::new)),
              "/members/key"));
      t.resource(
          KEY_ALIAS,
          Resource.of(
              "AWS::KMS::Alias",
              CfnValue.map()
                  .put("AliasName", "alias/" + members.vault().name())
                  .put("TargetKeyId", CfnValue.ref(KEY))
                  .build(),
              "/members/key"));
      keyArn = CfnValue.getAtt(KEY, "Arn");
    } else if (members.key().kind() == KeyKind.EXISTING && members.key().arn().isPresent()) {
      keyArn = CfnValue.text(members.key().arn().get());
    }

    CfnValue.MapBuilder vault = CfnValue.map().put("BackupVaultName", members.vault().name());
    if (keyArn != null) {
      vault.put("EncryptionKeyArn", keyArn);
    }
    if (members.vault().lock().isPresent()) {
      // Member vaults take only a governance lock: no ChangeableForDays (docs/aws-facts.md §2.2).
      VaultLock lock = members.vault().lock().get();
      CfnValue.MapBuilder lockConfig =
          CfnValue.map().put("MinRetentionDays", lock.minRetentionDays());
      lock.maxRetentionDays().ifPresent(max -> lockConfig.put("MaxRetentionDays", max));
      vault.put("LockConfiguration", lockConfig.build());
    }
    t.resource(
        VAULT, Resource.of("AWS::Backup::BackupVault", vault.build(), "/members/vault").retained());
    members
        .airGappedVault()
        .ifPresent(
            lag ->
                t.resource(
                    AIR_GAPPED_VAULT,
                    Resource.of(
                            "AWS::Backup::LogicallyAirGappedBackupVault",
                            CfnValue.map()
                                .put("BackupVaultName", lag.name())
                                .put("MinRetentionDays", lag.minRetentionDays())
                                .put("MaxRetentionDays", lag.maxRetentionDays())
                                .build(),
                            "/members/airGappedVault")
                        .retained()));

    List<CfnValue> managed = new ArrayList<>();
    ROLE_POLICIES.forEach(
        p -> managed.add(CfnValue.sub("arn:${AWS::Partition}:iam::aws:policy/" + p)));
    MemberPlanFeatures.backupRolePolicies(model)
        .forEach(p -> managed.add(CfnValue.sub("arn:${AWS::Partition}:iam::aws:policy/" + p)));
    t.resource(
        ROLE,
        Resource.of(
                "AWS::IAM::Role",
                CfnValue.map()
                    .put("RoleName", members.backupRoleName())
                    .put(
                        "Description",
                        "airgap: AWS Backup runs the organization backup plans with this role")
                    .put(
                        "AssumeRolePolicyDocument",
                        Statements.serviceMayAssumeForThisAccount("backup.amazonaws.com"))
                    .put("ManagedPolicyArns", CfnValue.list(managed))
                    .build(),
                "/members/backupRoleName")
            .withCondition(ROLE_REGION));
    MemberPlanFeatures.scannerRole(model, t, ROLE_REGION);
    MemberJobEvents.add(model, t, ROLE_REGION);
    MemberMissingBackups.add(model, t);
    EvidenceFrameworks.add(t, dev.airgap.model.validate.FrameworkControls.member(model));

    t.output(
        "MemberVaultArn",
        Output.of("ARN of the member vault", Principals.vaultArn(members.vault().name())));
    members
        .airGappedVault()
        .ifPresent(
            lag ->
                t.output(
                    "MemberAirGappedVaultArn",
                    Output.of(
                        "ARN of the member logically air-gapped vault",
                        Principals.vaultArn(lag.name()))));
    return t.build();
  }

  private static CfnValue centralUses(AirGapModel model) {
    return CfnValue.ordered()
        .put("Sid", "CentralAccountUsesKeyForCopies")
        .put("Effect", "Allow")
        .put(
            "Principal",
            CfnValue.map().put("AWS", Principals.accountRoot(model.central().account())).build())
        .put("Action", CfnValue.texts(Statements.KEY_USE))
        .put("Resource", "*")
        // Only through AWS Backup in this key's region: the central account's own principals may
        // not decrypt member data directly (docs/aws-facts.md §13.7).
        .put(
            "Condition",
            CfnValue.map()
                .put(
                    "StringEquals",
                    CfnValue.map()
                        .put("kms:ViaService", CfnValue.sub("backup.${AWS::Region}.amazonaws.com"))
                        .build())
                .build())
        .build();
  }

  private static CfnValue centralGrants(AirGapModel model) {
    return CfnValue.ordered()
        .put("Sid", "CentralAccountCreatesGrantsForAwsBackup")
        .put("Effect", "Allow")
        .put(
            "Principal",
            CfnValue.map().put("AWS", Principals.accountRoot(model.central().account())).build())
        .put("Action", "kms:CreateGrant")
        .put("Resource", "*")
        .put(
            "Condition",
            CfnValue.map()
                .put("Bool", CfnValue.map().put("kms:GrantIsForAWSResource", "true").build())
                .build())
        .build();
  }

  @Override
  public UnitId id() {
    return ID;
  }

  @Override
  public List<UnitTemplate> templates(AirGapModel model) {
    return List.of(new UnitTemplate(ID, build(model)));
  }

  /**
   * Service-managed and auto-deployed to the member OUs, so that accounts joining them are set up;
   * excluded accounts are the DIFFERENCE.
   */
  @Override
  public DeploymentUnit.Builder deployment(AirGapModel model, UnitId unitId) {
    List<String> exclude = Deployments.sorted(model.members().targets().excludeAccounts());
    DeploymentUnit.Builder b =
        DeploymentUnit.builder(unitId, UnitKind.STACK_SET, Names.stackName(model, unitId))
            .permissionModel(PermissionModel.SERVICE_MANAGED)
            .targets(
                new UnitTargets(
                    Deployments.sorted(model.members().targets().organizationalUnits()),
                    exclude,
                    exclude.isEmpty() ? AccountFilterType.NONE : AccountFilterType.DIFFERENCE))
            .regions(Deployments.sorted(model.members().regions()))
            .capabilities(List.of("CAPABILITY_NAMED_IAM"))
            .autoDeployment(true)
            .operationPreferences(Deployments.operationPreferences(model))
            // A logically air-gapped vault is compliance-locked from creation on (docs/aws-facts.md
            // §3.1): deploy asks for the same confirmation as for the central one.
            .complianceLockedVaults(
                model.members().airGappedVault().map(v -> List.of(v.name())).orElse(List.of()));
    // The forwarding rules name the central job event bus: it exists before they forward to it.
    return model.central().alerts().jobNotifications().isPresent()
        ? b.dependsOn(JobEventsUnit.ID)
        : b;
  }

  @Override
  public void picture(AirGapModel model, List<UnitId> rendered, ArchitecturePicture picture) {
    for (String region : Deployments.sorted(model.members().regions())) {
      picture.add(
          ArchitecturePicture.Element.MEMBER_VAULT,
          region,
          "mv_"
              + ArchitecturePicture.nodeId(region)
              + "[(\""
              + model.members().vault().name()
              + " "
              + region
              + "\")]");
      model
          .members()
          .airGappedVault()
          .ifPresent(
              lag ->
                  picture.add(
                      ArchitecturePicture.Element.MEMBER_VAULT,
                      region,
                      "mlag_"
                          + ArchitecturePicture.nodeId(region)
                          + "[(\""
                          + lag.name()
                          + " "
                          + region
                          + " logically air-gapped, direct backup target\")]"));
    }
  }
}
