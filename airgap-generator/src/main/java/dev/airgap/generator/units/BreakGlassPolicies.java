package dev.airgap.generator.units;

import dev.airgap.generator.cfn.CfnValue;
import dev.airgap.generator.policy.BreakGlassRoles;
import dev.airgap.model.AirGapModel;
import dev.airgap.model.KeyKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The identity policies of the two break-glass purposes, one definition for both doors: the IAM
 * roles of the break-glass stack (in the central account, {@code account} is {@code
 * ${AWS::AccountId}}) and the Identity Center permission sets (in the management account, so the
 * central account is written out). Least privilege: {@link BreakGlassRoles}.
 */
final class BreakGlassPolicies {
  private BreakGlassPolicies() {}

  /** The account of the policies' own stack, as a Fn::Sub variable. */
  static final String THIS_ACCOUNT = "${AWS::AccountId}";

  /** Read the vault, start restores, and pass AWS Backup only the restore service role. */
  static CfnValue.MapValue restore(AirGapModel model, String account) {
    return Statements.document(
        CfnValue.ordered()
            .put("Sid", "ReadVaultAndStartRestores")
            .put("Effect", "Allow")
            .put("Action", CfnValue.texts(BreakGlassRoles.RESTORE_ACTIONS))
            .put("Resource", "*")
            .build(),
        CfnValue.ordered()
            .put("Sid", "PassOnlyTheRestoreServiceRole")
            .put("Effect", "Allow")
            .put("Action", "iam:PassRole")
            .put("Resource", serviceRoleArn(model, account))
            .put(
                "Condition",
                CfnValue.map()
                    .put(
                        "StringEquals",
                        CfnValue.map().put("iam:PassedToService", "backup.amazonaws.com").build())
                    .build())
            .build());
  }

  /** The central vault's lock, access policy and notifications, and the central key's policy. */
  static CfnValue.MapValue vaultAdmin(AirGapModel model, String account) {
    List<CfnValue> statements = new ArrayList<>();
    statements.add(
        CfnValue.ordered()
            .put("Sid", "ManageVaultLockAndPolicy")
            .put("Effect", "Allow")
            .put("Action", CfnValue.texts(BreakGlassRoles.VAULT_ADMIN_ACTIONS))
            .put(
                "Resource",
                CfnValue.sub(
                    "arn:${AWS::Partition}:backup:*:"
                        + account
                        + ":backup-vault:"
                        + model.central().vault().name()))
            .build());
    if (model.central().key().kind() != KeyKind.AWS_OWNED) {
      statements.add(
          CfnValue.ordered()
              .put("Sid", "ManageKeyPolicy")
              .put("Effect", "Allow")
              .put("Action", CfnValue.texts(BreakGlassRoles.VAULT_ADMIN_KEY_ACTIONS))
              .put("Resource", CfnValue.sub("arn:${AWS::Partition}:kms:*:" + account + ":key/*"))
              .build());
    }
    return Statements.document(statements.toArray(CfnValue[]::new));
  }

  static CfnValue serviceRoleArn(AirGapModel model, String account) {
    return CfnValue.sub(
        "arn:${AWS::Partition}:iam::"
            + account
            + ":role/"
            + BreakGlassRoles.name(model, BreakGlassRoles.RESTORE_SERVICE));
  }
}
