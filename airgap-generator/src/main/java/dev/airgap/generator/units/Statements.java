package dev.airgap.generator.units;

import dev.airgap.generator.cfn.CfnValue;
import dev.airgap.generator.cfn.Resource;
import dev.airgap.generator.policy.ProtectedActions;
import dev.airgap.model.KeySettings;
import java.util.List;

/**
 * Policy statements shared by the units; each key policy keeps the account able to manage its key.
 */
final class Statements {
  private Statements() {}

  static final List<String> KEY_USE =
      List.of(
          "kms:Decrypt",
          "kms:DescribeKey",
          "kms:Encrypt",
          "kms:GenerateDataKey*",
          "kms:ReEncrypt*");

  static CfnValue.MapValue document(CfnValue... statements) {
    return CfnValue.ordered()
        .put("Version", "2012-10-17")
        .put("Statement", CfnValue.list(statements))
        .build();
  }

  /**
   * A customer managed key airgap owns: rotated, retained when its stack goes, with the model's
   * rotation period and deletion window (docs/aws-facts.md §5.2).
   */
  static Resource retainedKey(
      String description, KeySettings settings, CfnValue keyPolicy, String modelPath) {
    return Resource.of(
            "AWS::KMS::Key",
            CfnValue.map()
                .put("Description", description)
                .put("EnableKeyRotation", true)
                .put("RotationPeriodInDays", settings.rotationPeriodDays())
                .put("PendingWindowInDays", settings.pendingWindowDays())
                .put("KeyPolicy", keyPolicy)
                .build(),
            modelPath)
        .retained();
  }

  /** The trust policy that lets one AWS service assume a role. */
  static CfnValue.MapValue serviceMayAssume(String service) {
    return document(serviceAssumes(service).build());
  }

  /**
   * The trust policy that lets one AWS service assume a role only on behalf of this account ({@code
   * aws:SourceAccount}), so another account cannot make the service act with it (the confused
   * deputy).
   */
  static CfnValue.MapValue serviceMayAssumeForThisAccount(String service) {
    return document(
        serviceAssumes(service)
            .put(
                "Condition",
                CfnValue.map()
                    .put(
                        "StringEquals",
                        CfnValue.map()
                            .put("aws:SourceAccount", CfnValue.ref("AWS::AccountId"))
                            .build())
                    .build())
            .build());
  }

  private static CfnValue.MapBuilder serviceAssumes(String service) {
    return CfnValue.ordered()
        .put("Effect", "Allow")
        .put("Principal", CfnValue.map().put("Service", service).build())
        .put("Action", "sts:AssumeRole");
  }

  /**
   * The account root may administer the key, so IAM policies in the account decide and the key can
   * never be locked out of future PutKeyPolicy calls (docs/aws-facts.md §5.1).
   */
  static CfnValue accountAdministers() {
    return CfnValue.ordered()
        .put("Sid", "AccountAdministersKey")
        .put("Effect", "Allow")
        .put("Principal", CfnValue.map().put("AWS", Principals.accountRoot()).build())
        .put("Action", "kms:*")
        .put("Resource", "*")
        .build();
  }

  /**
   * AWS Backup in this account and region may use the key (kms:ViaService, docs/aws-facts.md §5.1,
   * §11 #4).
   */
  static List<CfnValue> backupInThisAccount() {
    CfnValue via =
        CfnValue.map()
            .put("kms:CallerAccount", CfnValue.ref("AWS::AccountId"))
            .put("kms:ViaService", CfnValue.sub("backup.${AWS::Region}.amazonaws.com"))
            .build();
    CfnValue use =
        CfnValue.ordered()
            .put("Sid", "AwsBackupUsesKey")
            .put("Effect", "Allow")
            .put("Principal", CfnValue.map().put("AWS", Principals.accountRoot()).build())
            .put("Action", CfnValue.texts(KEY_USE))
            .put("Resource", "*")
            .put("Condition", CfnValue.map().put("StringEquals", via).build())
            .build();
    CfnValue grant =
        CfnValue.ordered()
            .put("Sid", "AwsBackupCreatesGrants")
            .put("Effect", "Allow")
            .put("Principal", CfnValue.map().put("AWS", Principals.accountRoot()).build())
            .put("Action", "kms:CreateGrant")
            .put("Resource", "*")
            .put(
                "Condition",
                CfnValue.map()
                    .put("Bool", CfnValue.map().put("kms:GrantIsForAWSResource", "true").build())
                    .put("StringEquals", via)
                    .build())
            .build();
    return List.of(use, grant);
  }

  /**
   * Only the admins may disable the key, schedule its deletion or revoke AWS Backup's grants: any
   * of those makes every recovery point it encrypts unreadable, compliance lock or not, since Vault
   * Lock does not protect a customer managed key (docs/aws-facts.md §5.4).
   */
  static CfnValue denyKeyDestruction(CfnValue admins) {
    return denyUnlessPrincipal(
        "DenyKeyDestructionToAllButAdmins", ProtectedActions.keyDestruction(), admins);
  }

  /**
   * Only the admins and the deploy roles may replace the key policy: CloudFormation calls
   * PutKeyPolicy to update it. The SCP on the central account still denies key destruction to the
   * deploy role, so a key policy it rewrites cannot hand destruction to anyone.
   */
  static CfnValue denyKeyPolicyChanges(CfnValue adminsAndDeployRoles) {
    return denyUnlessPrincipal(
        "DenyKeyPolicyChangesToAllButAdminsAndDeployRole",
        ProtectedActions.keyConfiguration(),
        adminsAndDeployRoles);
  }

  /**
   * Grants only for AWS services acting on an AWS resource: a grant to any other principal would
   * let it decrypt outside the key policy. The exact shape AWS Control Tower's proactive control
   * CT.KMS.PR.3 requires (docs/aws-facts.md §13.7).
   */
  static CfnValue denyGrantsNotForAwsServices() {
    return CfnValue.ordered()
        .put("Sid", "DenyGrantsNotForAwsServices")
        .put("Effect", "Deny")
        .put("Principal", CfnValue.map().put("AWS", "*").build())
        .put("Action", "kms:CreateGrant")
        .put("Resource", "*")
        .put(
            "Condition",
            CfnValue.map()
                .put(
                    "BoolIfExists",
                    CfnValue.map()
                        .put("aws:PrincipalIsAWSService", "false")
                        .put("kms:GrantIsForAWSResource", "false")
                        .build())
                .build())
        .build();
  }

  /**
   * Deny {@code actions} on everything to every principal whose ARN is not like one of {@code
   * exempt}.
   */
  static CfnValue denyUnlessPrincipal(String sid, List<String> actions, CfnValue exempt) {
    return CfnValue.ordered()
        .put("Sid", sid)
        .put("Effect", "Deny")
        .put("Principal", CfnValue.map().put("AWS", "*").build())
        .put("Action", CfnValue.texts(actions))
        .put("Resource", "*")
        .put(
            "Condition",
            CfnValue.map()
                .put("ArnNotLike", CfnValue.map().put("aws:PrincipalArn", exempt).build())
                .build())
        .build();
  }

  /**
   * A service principal may use the key to encrypt messages it publishes (docs/aws-facts.md §7.3,
   * §7.4).
   */
  static CfnValue serviceUsesKey(String sid, String servicePrincipal) {
    return CfnValue.ordered()
        .put("Sid", sid)
        .put("Effect", "Allow")
        .put("Principal", CfnValue.map().put("Service", servicePrincipal).build())
        .put("Action", CfnValue.texts(List.of("kms:Decrypt", "kms:GenerateDataKey*")))
        .put("Resource", "*")
        .put(
            "Condition",
            CfnValue.map()
                .put(
                    "StringEquals",
                    CfnValue.map().put("aws:SourceAccount", CfnValue.ref("AWS::AccountId")).build())
                .build())
        .build();
  }
}
