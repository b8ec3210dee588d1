package dev.airgap.generator.units;

import dev.airgap.generator.cfn.CfnValue;
import java.util.List;

/** Policy statements shared by the units; each key policy keeps the account able to manage its key. */
final class Statements {
  private Statements() {}

  static final List<String> KEY_USE = List.of(
      "kms:Decrypt", "kms:DescribeKey", "kms:Encrypt", "kms:GenerateDataKey*", "kms:ReEncrypt*");

  static CfnValue.MapValue document(CfnValue... statements) {
    return CfnValue.ordered()
        .put("Version", "2012-10-17")
        .put("Statement", CfnValue.list(statements))
        .build();
  }

  /**
   * The account root may administer the key, so IAM policies in the account decide and the key
   * can never be locked out of future PutKeyPolicy calls (facts.md §5.1).
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

  /** AWS Backup in this account and region may use the key (kms:ViaService, facts.md §5.1, §11 #4). */
  static List<CfnValue> backupInThisAccount() {
    CfnValue via = CfnValue.map()
        .put("kms:CallerAccount", CfnValue.ref("AWS::AccountId"))
        .put("kms:ViaService", CfnValue.sub("backup.${AWS::Region}.amazonaws.com"))
        .build();
    CfnValue use = CfnValue.ordered()
        .put("Sid", "AwsBackupUsesKey")
        .put("Effect", "Allow")
        .put("Principal", CfnValue.map().put("AWS", Principals.accountRoot()).build())
        .put("Action", CfnValue.texts(KEY_USE))
        .put("Resource", "*")
        .put("Condition", CfnValue.map().put("StringEquals", via).build())
        .build();
    CfnValue grant = CfnValue.ordered()
        .put("Sid", "AwsBackupCreatesGrants")
        .put("Effect", "Allow")
        .put("Principal", CfnValue.map().put("AWS", Principals.accountRoot()).build())
        .put("Action", "kms:CreateGrant")
        .put("Resource", "*")
        .put("Condition", CfnValue.map()
            .put("Bool", CfnValue.map().put("kms:GrantIsForAWSResource", "true").build())
            .put("StringEquals", via)
            .build())
        .build();
    return List.of(use, grant);
  }

  /**
   * Only the admins and the deploy roles may delete, disable or re-policy the key: Vault Lock does
   * not protect a customer managed key (facts.md §5.4).
   */
  static CfnValue denyKeyDestruction(CfnValue exemptions) {
    return CfnValue.ordered()
        .put("Sid", "DenyKeyDestructionToAllButAdmins")
        .put("Effect", "Deny")
        .put("Principal", CfnValue.map().put("AWS", "*").build())
        .put("Action", CfnValue.texts(List.of("kms:DisableKey", "kms:PutKeyPolicy", "kms:ScheduleKeyDeletion")))
        .put("Resource", "*")
        .put("Condition", CfnValue.map()
            .put("ArnNotLike", CfnValue.map().put("aws:PrincipalArn", exemptions).build())
            .build())
        .build();
  }

  /** A service principal may use the key to encrypt messages it publishes (facts.md §7.3, §7.4). */
  static CfnValue serviceUsesKey(String sid, String servicePrincipal) {
    return CfnValue.ordered()
        .put("Sid", sid)
        .put("Effect", "Allow")
        .put("Principal", CfnValue.map().put("Service", servicePrincipal).build())
        .put("Action", CfnValue.texts(List.of("kms:Decrypt", "kms:GenerateDataKey*")))
        .put("Resource", "*")
        .put("Condition", CfnValue.map()
            .put("StringEquals", CfnValue.map().put("aws:SourceAccount", CfnValue.ref("AWS::AccountId")).build())
            .build())
        .build();
  }
}
