package dev.airgap.generator.units;

import dev.airgap.generator.ArchitecturePicture;
import dev.airgap.generator.cfn.CfnValue;
import dev.airgap.generator.cfn.Output;
import dev.airgap.generator.cfn.Parameter;
import dev.airgap.generator.cfn.Resource;
import dev.airgap.generator.cfn.Template;
import dev.airgap.generator.manifest.DeploymentUnit;
import dev.airgap.model.AirGapModel;
import dev.airgap.model.Central;
import dev.airgap.model.KeyKind;
import dev.airgap.model.LockMode;
import dev.airgap.model.VaultKind;
import dev.airgap.model.VaultLock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The central vault, one stack instance per central region in the central account: KMS key, alias,
 * vault with Vault Lock (or a logically air-gapped vault plus its RAM share), access policy and job
 * notifications.
 *
 * <p>The logically air-gapped vault lives here, in place of the standard vault, rather than in a
 * unit of its own: it is the same thing in the same account and region (the central copy target),
 * so the backup policy, the SCP and the alerts need no second name, and one stack set owns it
 * (design.md table).
 */
public final class CentralVaultUnit implements Unit {
  CentralVaultUnit() {}

  public static final UnitId ID = UnitId.of("central-vault");

  public static final String VAULT = "CentralVault";
  public static final String KEY = "CentralVaultKey";
  public static final String KEY_ALIAS = "CentralVaultKeyAlias";
  public static final String SHARE = "CentralVaultRecoveryShare";

  /** The template parameter that carries the key-account key's ARN into each region's stack. */
  public static final String KEY_ARN_PARAMETER = "CentralVaultKeyArn";

  /** A key ARN (never an alias) of the key account, in any region of the partition. */
  static String keyArnPattern(AirGapModel model) {
    return "^arn:"
        + model.organization().partition().yamlName()
        + ":kms:[a-z0-9-]+:"
        + model.central().key().keyAccount().orElseThrow().account()
        + ":key/[0-9a-f-]+$";
  }

  /**
   * Job events that AWS Backup still emits (docs/aws-facts.md §7.4); the deprecated ones emit
   * nothing.
   */
  static final List<String> VAULT_EVENTS =
      List.of(
          "BACKUP_JOB_COMPLETED",
          "BACKUP_JOB_STARTED",
          "COPY_JOB_FAILED",
          "COPY_JOB_STARTED",
          "COPY_JOB_SUCCESSFUL",
          "RECOVERY_POINT_MODIFIED",
          "RESTORE_JOB_COMPLETED",
          "RESTORE_JOB_STARTED",
          "S3_BACKUP_OBJECT_FAILED",
          "S3_RESTORE_OBJECT_FAILED");

  public static Template build(AirGapModel model) {
    Central central = model.central();
    boolean lag = central.vault().kind() == VaultKind.LOGICALLY_AIR_GAPPED;
    VaultLock lock = central.vault().lock();
    String kind =
        lag
            ? "logically air-gapped vault (always compliance-locked)"
            : "vault with a " + lock.mode().yamlName() + "-mode Vault Lock";
    Template.Builder t =
        new Template.Builder(
            "airgap central "
                + kind
                + " '"
                + central.vault().name()
                + "' in account "
                + central.account()
                + ", one instance per central region. Copies are allowed only from the member OUs of organization "
                + model.organization().id()
                + ". "
                + shareSentence(model, lag)
                + Principals.exemptionSentence(model)
                + " "
                + lockSentence(central));

    CfnValue keyArn = null;
    if (central.key().kind() == KeyKind.MANAGED) {
      t.resource(
          KEY,
          Statements.retainedKey(
              "airgap: encrypts the central backup vault " + central.vault().name(),
              central.key(),
              keyPolicy(model),
              "/central/key"));
      t.resource(
          KEY_ALIAS,
          Resource.of(
              "AWS::KMS::Alias",
              CfnValue.map()
                  .put("AliasName", "alias/" + central.vault().name())
                  .put("TargetKeyId", CfnValue.ref(KEY))
                  .build(),
              "/central/key"));
      keyArn = CfnValue.getAtt(KEY, "Arn");
      t.output(
          "CentralVaultKeyArn",
          Output.of("ARN of the key that encrypts the central vault", keyArn));
    } else if (central.key().kind() == KeyKind.EXISTING && central.key().arn().isPresent()) {
      keyArn = CfnValue.text(central.key().arn().get());
    } else if (KeyAccountUnit.applies(model)) {
      // The key's id is random and AWS Backup refuses an alias ARN as EncryptionKeyArn, so the
      // deployer resolves the alias in each region and passes the key ARN (docs/aws-facts.md
      // §20.3).
      t.parameter(
          KEY_ARN_PARAMETER,
          new Parameter(
              "String",
              "ARN of the key "
                  + KeyAccountUnit.aliasName(model)
                  + " in key account "
                  + central.key().keyAccount().orElseThrow().account()
                  + " and this stack's region; airgap:deploy resolves it with kms:DescribeKey on the alias",
              Optional.empty(),
              Optional.of(keyArnPattern(model))));
      keyArn = CfnValue.ref(KEY_ARN_PARAMETER);
    }

    CfnValue.MapBuilder vault =
        CfnValue.map()
            .put("BackupVaultName", central.vault().name())
            .put("AccessPolicy", CentralVaultAccessPolicy.build(model))
            .put(
                "Notifications",
                CfnValue.map()
                    .put("BackupVaultEvents", CfnValue.texts(VAULT_EVENTS))
                    .put(
                        "SNSTopicArn",
                        CfnValue.sub(
                            "arn:${AWS::Partition}:sns:${AWS::Region}:${AWS::AccountId}:"
                                + Names.alertTopicName(model)))
                    .build());
    if (keyArn != null) {
      vault.put("EncryptionKeyArn", keyArn);
    }
    if (lag) {
      vault.put("MinRetentionDays", lock.minRetentionDays());
      vault.put("MaxRetentionDays", lock.maxRetentionDays().orElse(36_500));
      t.resource(
          VAULT,
          Resource.of("AWS::Backup::LogicallyAirGappedBackupVault", vault.build(), "/central/vault")
              .retained());
    } else {
      CfnValue.MapBuilder lockConfig =
          CfnValue.map().put("MinRetentionDays", lock.minRetentionDays());
      lock.maxRetentionDays().ifPresent(max -> lockConfig.put("MaxRetentionDays", max));
      // The mode is decided only by the presence of ChangeableForDays (docs/aws-facts.md §2.2).
      // Compliance was chosen by name in the model; 3 days is the shortest grace period AWS allows.
      if (lock.mode() == LockMode.COMPLIANCE) {
        lockConfig.put("ChangeableForDays", lock.changeableForDays().orElse(3));
      }
      vault.put("LockConfiguration", lockConfig.build());
      t.resource(
          VAULT,
          Resource.of("AWS::Backup::BackupVault", vault.build(), "/central/vault").retained());
    }
    t.output(
        "CentralVaultArn",
        Output.of("ARN of the central vault", Principals.vaultArn(central.vault().name())));

    if (lag && !model.sharedWithAccounts().isEmpty()) {
      // The ARN is built from the name, so the share must wait for the vault explicitly. RAM
      // refuses a principal outside the organization unless the share allows external principals
      // (docs/aws-facts.md §22), which only a separate recovery organization needs.
      t.resource(
          SHARE,
          Resource.of(
                  "AWS::RAM::ResourceShare",
                  CfnValue.map()
                      .put("Name", central.vault().name() + "-recovery")
                      .put("AllowExternalPrincipals", model.recoveryOrganization().isPresent())
                      .put("Principals", CfnValue.texts(model.sharedWithAccounts()))
                      .put(
                          "ResourceArns",
                          CfnValue.list(Principals.vaultArn(central.vault().name())))
                      .build(),
                  model.recoveryOrganization().isPresent()
                      ? "/recoveryOrganization/recoveryAccount"
                      : "/central/recoveryAccounts")
              .withDependsOn(VAULT));
    }
    EvidenceFrameworks.add(t, dev.airgap.model.validate.FrameworkControls.central(model));
    return t.build();
  }

  /** What the RAM share reaches: the organization's accounts only, or the recovery organization. */
  private static String shareSentence(AirGapModel model, boolean lag) {
    if (!lag || model.sharedWithAccounts().isEmpty()) {
      return "";
    }
    return model
        .recoveryOrganization()
        .map(
            r ->
                "The vault is shared through RAM with the recovery account "
                    + r.recoveryAccount()
                    + " of the separate recovery organization "
                    + r.id()
                    + ", outside this organization. ")
        .orElse(
            "The vault is shared through RAM with the recovery accounts, inside the organization only. ");
  }

  /**
   * What the lock really gives: a governance lock binds only those denied its removal
   * (docs/aws-facts.md §2.2).
   */
  private static String lockSentence(Central central) {
    if (central.vault().kind() == VaultKind.LOGICALLY_AIR_GAPPED
        || central.vault().lock().mode() == LockMode.COMPLIANCE) {
      return "The compliance lock cannot be removed or shortened by anyone once its grace period ends, AWS and the"
          + " management account included.";
    }
    return "The governance lock binds everyone who may not call DeleteBackupVaultLockConfiguration; here that is"
        + " everyone but the admins. It does not bind the admins, nor the management account if the SCP is changed.";
  }

  /**
   * The account administers the key, so IAM policies decide who uses it, AWS Backup's roles
   * included (docs/aws-facts.md §5.1, §13.13); an extra allow for AWS Backup would grant nothing
   * that statement does not. What the key policy adds is what IAM cannot take back: the denies.
   */
  private static CfnValue keyPolicy(AirGapModel model) {
    List<CfnValue> statements = new ArrayList<>();
    statements.add(Statements.accountAdministers());
    statements.add(Statements.denyKeyDestruction(Principals.admins(model)));
    statements.add(Statements.denyKeyPolicyChanges(Principals.adminsAndDeployRoles(model)));
    statements.add(Statements.denyGrantsNotForAwsServices());
    return Statements.document(statements.toArray(CfnValue[]::new));
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
   * Waits for the alert topic, which the vault's notifications name; deploy asks to confirm a
   * compliance lock.
   */
  @Override
  public DeploymentUnit.Builder deployment(AirGapModel model, UnitId unitId) {
    boolean compliance =
        model.central().vault().kind() == VaultKind.LOGICALLY_AIR_GAPPED
            || model.central().vault().lock().mode() == LockMode.COMPLIANCE;
    DeploymentUnit.Builder b = Deployments.centralStackSet(model, unitId);
    if (KeyAccountUnit.applies(model)) {
      // The key must exist before the vault that names it (issue 14: key account first); deploy
      // then reads each region's key ARN from the alias (docs/aws-facts.md §20.3).
      b.dependsOn(KeyAccountUnit.ID);
      b.keyAliasParameters(
          java.util.Map.of(
              KEY_ARN_PARAMETER,
              "arn:"
                  + model.organization().partition().yamlName()
                  + ":kms:"
                  + DeploymentUnit.REGION_PLACEHOLDER
                  + ":"
                  + model.central().key().keyAccount().orElseThrow().account()
                  + ":"
                  + KeyAccountUnit.aliasName(model)));
    }
    return b.dependsOn(CentralAlertsUnit.ID)
        .complianceLockedVaults(compliance ? List.of(model.central().vault().name()) : List.of());
  }

  @Override
  public void picture(AirGapModel model, List<UnitId> rendered, ArchitecturePicture picture) {
    Central central = model.central();
    boolean lag = central.vault().kind() == VaultKind.LOGICALLY_AIR_GAPPED;
    List<String> regions = Deployments.sorted(central.regions());
    for (String region : regions) {
      picture.add(
          ArchitecturePicture.Element.CENTRAL_VAULT,
          region,
          "cv_"
              + ArchitecturePicture.nodeId(region)
              + "[(\""
              + central.vault().name()
              + " "
              + region
              + (lag
                  ? " logically air-gapped"
                  : " " + central.vault().lock().mode().yamlName() + " lock")
              + "\")]");
    }
    if (lag && !model.sharedWithAccounts().isEmpty()) {
      picture.add(
          ArchitecturePicture.Element.RECOVERY_SHARE,
          "recovery[\"recovery accounts " + String.join(", ", model.sharedWithAccounts()) + "\"]");
      for (String region : regions) {
        picture.add(
            ArchitecturePicture.Element.RECOVERY_SHARE,
            "cv_" + ArchitecturePicture.nodeId(region) + " -- \"RAM share\" --> recovery");
      }
    }
    if (lag) {
      picture.add(
          ArchitecturePicture.Element.NOTE,
          "The logically air-gapped vault is the central vault: the `"
              + ID
              + "` stack set creates it (and its RAM share) in place of a standard vault, so the backup policy,"
              + " the SCP and the alerts name one vault.");
    }
  }
}
