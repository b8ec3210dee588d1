package dev.airgap.generator.units;

import dev.airgap.generator.cfn.CfnValue;
import dev.airgap.generator.policy.ProtectedActions;
import dev.airgap.model.AirGapModel;
import dev.airgap.model.Central;
import dev.airgap.model.VaultKind;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The central vault's access policy: the layer that binds every principal of every account,
 * including the central account's root, for the vault (docs/threat-model.md).
 */
final class CentralVaultAccessPolicy {
  private CentralVaultAccessPolicy() {}

  /**
   * Copies in from the member OUs only (docs/aws-facts.md §2.3, §13.2); destruction, sharing and
   * data leaving the vault for the admins only; the configuration CloudFormation updates for the
   * admins and the deploy roles.
   */
  static CfnValue build(AirGapModel model) {
    CfnValue allow =
        CfnValue.ordered()
            .put("Sid", "AllowCopyIntoFromMemberAccounts")
            .put("Effect", "Allow")
            .put("Principal", CfnValue.map().put("AWS", "*").build())
            .put("Action", "backup:CopyIntoBackupVault")
            .put("Resource", "*")
            .put("Condition", copyInCondition(model))
            .build();
    List<CfnValue> statements = new ArrayList<>();
    statements.add(allow);
    statements.add(
        Statements.denyUnlessPrincipal(
            "DenyDestructionAndSharingToAllButAdmins",
            ProtectedActions.vaultPolicyDestructionAndSharing(),
            Principals.admins(model)));
    if (model.central().restoreTesting().isEmpty()) {
      statements.add(
          copyOutAndRestore(
              model,
              "DenyCopyOutAndRestoreToAllButAdmins",
              ProtectedActions.backupExfiltration(),
              Principals.admins(model)));
    } else {
      // Restore tests start their restores as AWS Backup's restore-testing service-linked role, so
      // the restore deny exempts it too; copy-out stays with the admins (docs/aws-facts.md §16.4).
      List<String> copyOut = new ArrayList<>(ProtectedActions.backupExfiltration());
      copyOut.remove(RESTORE);
      statements.add(
          copyOutAndRestore(model, "DenyCopyOutToAllButAdmins", copyOut, Principals.admins(model)));
      statements.add(
          copyOutAndRestore(
              model,
              "DenyRestoreToAllButAdminsAndRestoreTesting",
              List.of(RESTORE),
              Principals.adminsAnd(model, RestoreTestingUnit.restoreTestingServiceRole())));
    }
    statements.add(
        Statements.denyUnlessPrincipal(
            "DenyConfigurationChangesToAllButAdminsAndDeployRole",
            ProtectedActions.backupConfiguration(),
            Principals.adminsAndDeployRoles(model)));
    return Statements.document(statements.toArray(CfnValue[]::new));
  }

  private static final String RESTORE = "backup:StartRestoreJob";

  /**
   * Copy out and restore: the admins, and for a logically air-gapped vault the recovery accounts it
   * is shared with, which restore by calling StartRestoreJob on the shared vault's recovery points
   * (the vault access policy is evaluated for them, docs/aws-facts.md §13.4). Two condition keys in
   * one statement must both match, so the deny applies to whoever is neither.
   */
  private static CfnValue copyOutAndRestore(
      AirGapModel model, String sid, List<String> actions, CfnValue exempt) {
    Central central = model.central();
    if (central.vault().kind() != VaultKind.LOGICALLY_AIR_GAPPED
        || model.sharedWithAccounts().isEmpty()) {
      return Statements.denyUnlessPrincipal(sid, actions, exempt);
    }
    return CfnValue.ordered()
        .put("Sid", sid + "AndRecoveryAccounts")
        .put("Effect", "Deny")
        .put("Principal", CfnValue.map().put("AWS", "*").build())
        .put("Action", CfnValue.texts(actions))
        .put("Resource", "*")
        .put(
            "Condition",
            CfnValue.map()
                .put("ArnNotLike", CfnValue.map().put("aws:PrincipalArn", exempt).build())
                .put(
                    "StringNotEquals",
                    CfnValue.map()
                        .put("aws:PrincipalAccount", CfnValue.texts(model.sharedWithAccounts()))
                        .build())
                .build())
        .build();
  }

  /**
   * The organization, and within it the paths of the member OUs: {@code aws:PrincipalOrgPaths}
   * holds {@code o-id/r-id/ou-id/.../} for the calling account, so {@code o-id/* /ou-id/*} matches
   * the OU and every OU below it, and a root id matches the whole organization (docs/aws-facts.md
   * §13.2).
   */
  private static CfnValue copyInCondition(AirGapModel model) {
    String org = model.organization().id();
    List<String> paths = new ArrayList<>();
    for (String target : new TreeSet<>(model.members().targets().organizationalUnits())) {
      paths.add(target.startsWith("r-") ? org + "/" + target + "/*" : org + "/*/" + target + "/*");
    }
    // Every path starts with the organization id, so the paths alone also pin the organization.
    return paths.isEmpty()
        ? CfnValue.map()
            .put("StringEquals", CfnValue.map().put("aws:PrincipalOrgID", org).build())
            .build()
        : CfnValue.map()
            .put(
                "ForAnyValue:StringLike",
                CfnValue.map().put("aws:PrincipalOrgPaths", CfnValue.texts(paths)).build())
            .build();
  }
}
