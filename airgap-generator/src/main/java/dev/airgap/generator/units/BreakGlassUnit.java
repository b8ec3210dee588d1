package dev.airgap.generator.units;

import dev.airgap.generator.ArchitecturePicture;
import dev.airgap.generator.cfn.CfnValue;
import dev.airgap.generator.cfn.Output;
import dev.airgap.generator.cfn.Resource;
import dev.airgap.generator.cfn.Template;
import dev.airgap.generator.manifest.DeploymentUnit;
import dev.airgap.generator.policy.BreakGlassRoles;
import dev.airgap.model.AirGapModel;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The break-glass roles in the central account (central.breakGlass): restore and vault admin, each
 * assumed only by its named principals with MFA, for at most an hour, and the role AWS Backup
 * restores with. One stack instance in the first central region: IAM is global.
 *
 * <p>A unit of its own rather than part of central-vault: that stack set has an instance per
 * central region, and a role created in each would collide on its name; and the management stack's
 * guardrail SCP, which names these roles, must come after them (see {@link #deployment}).
 */
public final class BreakGlassUnit implements Unit {
  BreakGlassUnit() {}

  public static final UnitId ID = UnitId.of("break-glass");

  public static final String RESTORE_ROLE = "BreakGlassRestoreRole";
  public static final String VAULT_ADMIN_ROLE = "BreakGlassVaultAdminRole";
  public static final String RESTORE_SERVICE_ROLE = "RestoreServiceRole";

  public static Template build(AirGapModel model) {
    // Without an IAM break-glass role the stack holds only the role the Identity Center restore
    // permission set passes to AWS Backup.
    Template.Builder t =
        new Template.Builder(
            BreakGlassRoles.arns(model).isEmpty()
                ? "airgap break-glass in the central account "
                    + model.central().account()
                    + ": the role AWS Backup restores with when the Identity Center restore"
                    + " permission set starts a restore; trusted only by AWS Backup of this account,"
                    + " no admin."
                : "airgap break-glass roles in the central account "
                    + model.central().account()
                    + ": each is assumed only by the principals the model names, only with MFA, for at most one hour;"
                    + " they are the admins of the vault, key and SCP denies, every use alerts, and only they may change"
                    + " them. The restore role reads the vault and starts restores; the vault-admin role manages the lock,"
                    + " the access policy and the key policy; neither may delete.");
    if (BreakGlassRoles.generates(model, BreakGlassRoles.RESTORE)) {
      t.resource(
          RESTORE_ROLE,
          role(
              model,
              BreakGlassRoles.RESTORE,
              "airgap break-glass: read the central vault and start restores (no delete)",
              BreakGlassPolicies.restore(model, BreakGlassPolicies.THIS_ACCOUNT),
              "/central/breakGlass/restore"));
    }
    // The Identity Center restore permission set passes the same service role.
    if (needsServiceRole(model)) {
      t.resource(RESTORE_SERVICE_ROLE, serviceRole(model));
      t.output(
          "RestoreServiceRoleArn",
          Output.of("The role to pass to StartRestoreJob (--iam-role-arn)", serviceRoleArn(model)));
    }
    if (BreakGlassRoles.generates(model, BreakGlassRoles.VAULT_ADMIN)) {
      t.resource(
          VAULT_ADMIN_ROLE,
          role(
              model,
              BreakGlassRoles.VAULT_ADMIN,
              "airgap break-glass: manage the central vault's lock, access policy and key policy (no delete)",
              BreakGlassPolicies.vaultAdmin(model, BreakGlassPolicies.THIS_ACCOUNT),
              "/central/breakGlass/vaultAdmin"));
    }
    return t.build();
  }

  /**
   * Only the named principals, only with MFA (docs/aws-facts.md §15.1): aws:MultiFactorAuthPresent
   * is absent from requests signed with long-term keys, so Bool (not BoolIfExists) refuses them.
   */
  private static Resource role(
      AirGapModel model, String suffix, String description, CfnValue policy, String pointer) {
    List<String> trusted = new ArrayList<>(new TreeSet<>(BreakGlassRoles.trusted(model, suffix)));
    return Resource.of(
        "AWS::IAM::Role",
        CfnValue.map()
            .put("RoleName", BreakGlassRoles.name(model, suffix))
            .put("Description", description)
            .put("MaxSessionDuration", BreakGlassRoles.MAX_SESSION_SECONDS)
            .put(
                "AssumeRolePolicyDocument",
                Statements.document(
                    CfnValue.ordered()
                        .put("Sid", "NamedPrincipalsWithMfa")
                        .put("Effect", "Allow")
                        .put(
                            "Principal", CfnValue.map().put("AWS", CfnValue.texts(trusted)).build())
                        .put("Action", "sts:AssumeRole")
                        .put(
                            "Condition",
                            CfnValue.map()
                                .put(
                                    "Bool",
                                    CfnValue.map()
                                        .put("aws:MultiFactorAuthPresent", "true")
                                        .build())
                                .build())
                        .build()))
            .put(
                "Policies",
                CfnValue.list(
                    CfnValue.map().put("PolicyName", suffix).put("PolicyDocument", policy).build()))
            .build(),
        pointer);
  }

  /** AWS Backup restores with this role; only AWS Backup of this account may assume it. */
  private static Resource serviceRole(AirGapModel model) {
    return Resource.of(
        "AWS::IAM::Role",
        CfnValue.map()
            .put("RoleName", BreakGlassRoles.name(model, BreakGlassRoles.RESTORE_SERVICE))
            .put("Description", "airgap: AWS Backup restores from the central vault with this role")
            .put(
                "AssumeRolePolicyDocument",
                Statements.serviceMayAssumeForThisAccount("backup.amazonaws.com"))
            .put(
                "ManagedPolicyArns",
                CfnValue.list(
                    CfnValue.sub(
                        "arn:${AWS::Partition}:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForRestores")))
            .build(),
        BreakGlassRoles.generates(model, BreakGlassRoles.RESTORE)
            ? "/central/breakGlass/restore"
            : "/central/breakGlass/identityCenter/restoreGroupId");
  }

  private static CfnValue serviceRoleArn(AirGapModel model) {
    return BreakGlassPolicies.serviceRoleArn(model, BreakGlassPolicies.THIS_ACCOUNT);
  }

  private static boolean needsServiceRole(AirGapModel model) {
    return BreakGlassRoles.generates(model, BreakGlassRoles.RESTORE)
        || BreakGlassRoles.group(model, BreakGlassRoles.RESTORE).isPresent();
  }

  /**
   * Whether the stack exists: an IAM break-glass role, or the restore service role an Identity
   * Center restore permission set passes.
   */
  public static boolean renders(AirGapModel model) {
    return !BreakGlassRoles.arns(model).isEmpty() || needsServiceRole(model);
  }

  @Override
  public UnitId id() {
    return ID;
  }

  @Override
  public List<UnitTemplate> templates(AirGapModel model) {
    return !renders(model) ? List.of() : List.of(new UnitTemplate(ID, build(model)));
  }

  /**
   * One region, the first central one. The management stack waits for this one: its guardrail SCP
   * denies creating a role an exemption names to all but the admins, the execution role included,
   * so the roles must exist before the SCP names them; afterwards only an admin changes them
   * (docs/recovery.md).
   */
  @Override
  public DeploymentUnit.Builder deployment(AirGapModel model, UnitId unitId) {
    return Deployments.centralStackSet(model, unitId)
        .capabilities(List.of("CAPABILITY_NAMED_IAM"))
        .regions(List.of(Deployments.sorted(model.central().regions()).get(0)));
  }

  @Override
  public void picture(AirGapModel model, List<UnitId> rendered, ArchitecturePicture picture) {
    if (rendered.isEmpty()) {
      return;
    }
    picture.add(
        ArchitecturePicture.Element.NOTE,
        "Break-glass roles ("
            + String.join(", ", BreakGlassRoles.admins(model))
            + ") are the vault admins: assumed only with MFA by the principals the model names, for at most"
            + " one hour; every use alerts on the tamper topic.");
  }
}
