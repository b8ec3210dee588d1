package dev.airgap.generator.units;

import dev.airgap.generator.cfn.CfnValue;
import dev.airgap.generator.policy.ProtectedActions;
import dev.airgap.model.AirGapModel;
import dev.airgap.model.DeployFrom;
import java.util.ArrayList;
import java.util.List;

/**
 * The key policy of the central vault's key in the key account (docs/aws-facts.md §20.3). No
 * statement names the key account's root without a condition: root delegation would make every IAM
 * administrator of the key account a key admin (§13 #13). Instead:
 *
 * <ul>
 *   <li>the named key admins administer the key, and only they may disable, delete or revoke it,
 *       and only with MFA;
 *   <li>the StackSet execution role of the key account may do what CloudFormation does on an
 *       update, the key policy included, never destruction;
 *   <li>the central account may use the key only through AWS Backup in the key's region;
 *   <li>the deploying account may describe the key, to resolve its alias into the key ARN the
 *       central vault needs (AWS Backup refuses alias ARNs).
 * </ul>
 */
final class KeyAccountPolicy {
  private KeyAccountPolicy() {}

  /** What CloudFormation calls to create and update the key and its alias. */
  static final List<String> DEPLOY_ACTIONS =
      List.of(
          "kms:CreateAlias",
          "kms:DescribeKey",
          "kms:EnableKeyRotation",
          "kms:GetKeyPolicy",
          "kms:GetKeyRotationStatus",
          "kms:ListResourceTags",
          "kms:PutKeyPolicy",
          "kms:TagResource",
          "kms:UntagResource",
          "kms:UpdateKeyDescription");

  /** The role AWS Backup acts as in the central account (docs/aws-facts.md §5.3). */
  static final String BACKUP_SERVICE_LINKED_ROLE =
      "role/aws-service-role/backup.amazonaws.com/AWSServiceRoleForBackup";

  static CfnValue document(AirGapModel model) {
    String central = model.central().account();
    CfnValue keyAdmins = keyAdmins(model);
    List<CfnValue> statements = new ArrayList<>();
    statements.add(
        CfnValue.ordered()
            .put("Sid", "KeyAdminsAdministerKey")
            .put("Effect", "Allow")
            .put("Principal", CfnValue.map().put("AWS", keyAdmins).build())
            .put("Action", "kms:*")
            .put("Resource", "*")
            .build());
    statements.add(
        CfnValue.ordered()
            .put("Sid", "DeployRoleUpdatesKey")
            .put("Effect", "Allow")
            .put("Principal", CfnValue.map().put("AWS", Principals.accountRoot()).build())
            .put("Action", CfnValue.texts(DEPLOY_ACTIONS))
            .put("Resource", "*")
            .put(
                "Condition",
                CfnValue.map()
                    .put(
                        "ArnLike",
                        CfnValue.map()
                            .put("aws:PrincipalArn", CfnValue.list(Principals.deployRoles(model)))
                            .build())
                    .build())
            .build());
    CfnValue viaBackup =
        CfnValue.map()
            .put("kms:CallerAccount", central)
            .put("kms:ViaService", CfnValue.sub("backup.${AWS::Region}.amazonaws.com"))
            .build();
    statements.add(
        CfnValue.ordered()
            .put("Sid", "CentralAccountBackupUsesKey")
            .put("Effect", "Allow")
            .put("Principal", CfnValue.map().put("AWS", Principals.accountRoot(central)).build())
            .put("Action", CfnValue.texts(Statements.KEY_USE))
            .put("Resource", "*")
            .put("Condition", CfnValue.map().put("StringEquals", viaBackup).build())
            .build());
    statements.add(
        CfnValue.ordered()
            .put("Sid", "CentralAccountBackupCreatesGrants")
            .put("Effect", "Allow")
            .put("Principal", CfnValue.map().put("AWS", Principals.accountRoot(central)).build())
            .put("Action", "kms:CreateGrant")
            .put("Resource", "*")
            .put(
                "Condition",
                CfnValue.map()
                    .put("Bool", CfnValue.map().put("kms:GrantIsForAWSResource", "true").build())
                    .put("StringEquals", viaBackup)
                    .build())
            .build());
    statements.add(
        CfnValue.ordered()
            .put("Sid", "CentralBackupRoleUsesKey")
            .put("Effect", "Allow")
            .put("Principal", CfnValue.map().put("AWS", Principals.accountRoot(central)).build())
            .put("Action", CfnValue.texts(Statements.KEY_USE))
            .put("Resource", "*")
            .put(
                "Condition",
                CfnValue.map()
                    .put(
                        "ArnEquals",
                        CfnValue.map()
                            .put(
                                "aws:PrincipalArn",
                                CfnValue.sub(
                                    "arn:${AWS::Partition}:iam::"
                                        + central
                                        + ":"
                                        + BACKUP_SERVICE_LINKED_ROLE))
                            .build())
                    .build())
            .build());
    statements.add(
        CfnValue.ordered()
            .put("Sid", "DeployingAccountDescribesKey")
            .put("Effect", "Allow")
            .put(
                "Principal",
                CfnValue.map().put("AWS", Principals.accountRoot(deployingAccount(model))).build())
            .put("Action", "kms:DescribeKey")
            .put("Resource", "*")
            .build());
    statements.add(
        Statements.denyUnlessPrincipal(
            "DenyKeyDestructionToAllButKeyAdmins", ProtectedActions.keyDestruction(), keyAdmins));
    List<CfnValue> adminsAndDeploy = new ArrayList<>();
    keyAdminArns(model).forEach(a -> adminsAndDeploy.add(CfnValue.text(a)));
    adminsAndDeploy.addAll(Principals.deployRoles(model));
    statements.add(
        Statements.denyUnlessPrincipal(
            "DenyKeyPolicyChangesToAllButKeyAdminsAndDeployRole",
            ProtectedActions.keyConfiguration(),
            CfnValue.list(adminsAndDeploy)));
    statements.add(
        CfnValue.ordered()
            .put("Sid", "DenyKeyDestructionWithoutMfa")
            .put("Effect", "Deny")
            .put("Principal", CfnValue.map().put("AWS", "*").build())
            .put("Action", CfnValue.texts(ProtectedActions.keyDestruction()))
            .put("Resource", "*")
            .put("Condition", withoutMfa().build())
            .build());
    statements.add(
        CfnValue.ordered()
            .put("Sid", "DenyKeyPolicyChangesWithoutMfaToAllButDeployRole")
            .put("Effect", "Deny")
            .put("Principal", CfnValue.map().put("AWS", "*").build())
            .put("Action", CfnValue.texts(ProtectedActions.keyConfiguration()))
            .put("Resource", "*")
            .put(
                "Condition",
                withoutMfa()
                    .put(
                        "ArnNotLike",
                        CfnValue.map()
                            .put("aws:PrincipalArn", CfnValue.list(Principals.deployRoles(model)))
                            .build())
                    .build())
            .build());
    statements.add(Statements.denyGrantsNotForAwsServices());
    return Statements.document(statements.toArray(CfnValue[]::new));
  }

  /**
   * A request without MFA: {@code aws:MultiFactorAuthPresent} is absent for long-term credentials
   * and false otherwise, so the IfExists form catches both (docs/aws-facts.md §15.1).
   */
  private static CfnValue.MapBuilder withoutMfa() {
    return CfnValue.map()
        .put("BoolIfExists", CfnValue.map().put("aws:MultiFactorAuthPresent", "false").build());
  }

  static List<String> keyAdminArns(AirGapModel model) {
    return Deployments.sorted(model.central().key().keyAccount().orElseThrow().admins());
  }

  static CfnValue keyAdmins(AirGapModel model) {
    return CfnValue.texts(keyAdminArns(model));
  }

  /**
   * The account airgap:deploy runs from, which resolves the key's alias (docs/aws-facts.md §20.3).
   */
  static String deployingAccount(AirGapModel model) {
    return model.organization().deployFrom() == DeployFrom.DELEGATED_ADMIN
        ? model
            .organization()
            .delegatedAdminAccount()
            .orElse(model.organization().managementAccount())
        : model.organization().managementAccount();
  }
}
