package dev.airgap.generator.units;

import dev.airgap.generator.ArchitecturePicture;
import dev.airgap.generator.cfn.CfnValue;
import dev.airgap.generator.cfn.Resource;
import dev.airgap.generator.cfn.Template;
import dev.airgap.generator.manifest.DeploymentUnit;
import dev.airgap.generator.manifest.DeploymentUnit.UnitKind;
import dev.airgap.generator.manifest.DeploymentUnit.UnitTargets;
import dev.airgap.generator.policy.BreakGlassRoles;
import dev.airgap.model.AirGapModel;
import dev.airgap.model.IdentityCenterBreakGlass;
import java.util.List;

/**
 * The Identity Center door to the break-glass purposes (central.breakGlass.identityCenter): a
 * permission set per purpose, with the same inline policy as the IAM break-glass role ({@link
 * BreakGlassPolicies}) and a one-hour session, assigned to the model's group in the central account
 * only. Identity Center then creates {@code AWSReservedSSO_<name>_<suffix>} there, which the deny
 * layers exempt by {@link BreakGlassRoles#identityCenterPatterns}.
 *
 * <p>A stack in the management account, in the instance's Region: permission sets are managed from
 * the management account or the Identity Center delegated administrator (docs/aws-facts.md §13.12,
 * §18); airgap uses the management account, the one every organization has.
 */
public final class IdentityCenterBreakGlassUnit implements Unit {
  IdentityCenterBreakGlassUnit() {}

  public static final UnitId ID = UnitId.of("break-glass-identity-center");

  /** The shortest session a permission set allows, and the one break-glass uses. */
  public static final String SESSION = "PT1H";

  static boolean applies(AirGapModel model) {
    return !BreakGlassRoles.viaIdentityCenter(model).isEmpty();
  }

  public static Template build(AirGapModel model) {
    IdentityCenterBreakGlass ic =
        model.central().breakGlass().flatMap(b -> b.identityCenter()).orElseThrow();
    Template.Builder t =
        new Template.Builder(
            "airgap break-glass through IAM Identity Center "
                + ic.instanceArn()
                + ": a permission set per purpose (one-hour sessions, the same permissions as the"
                + " IAM break-glass roles), each assigned to one group in the central account "
                + model.central().account()
                + " only. Identity Center enforces its sign-in MFA; every use alerts.");
    for (String suffix : BreakGlassRoles.viaIdentityCenter(model)) {
      boolean restore = suffix.equals(BreakGlassRoles.RESTORE);
      String pointer = "/central/breakGlass/identityCenter/" + (restore ? "restore" : "vaultAdmin");
      String logical = restore ? "RestorePermissionSet" : "VaultAdminPermissionSet";
      String account = model.central().account();
      t.resource(
          logical,
          Resource.of(
              "AWS::SSO::PermissionSet",
              CfnValue.map()
                  .put("Name", BreakGlassRoles.name(model, suffix))
                  .put(
                      "Description",
                      restore
                          ? "airgap break-glass: read the central vault and start restores (no delete)"
                          : "airgap break-glass: manage the central vault's lock, access policy and key policy (no delete)")
                  .put("InstanceArn", ic.instanceArn())
                  .put("SessionDuration", SESSION)
                  .put(
                      "InlinePolicy",
                      restore
                          ? BreakGlassPolicies.restore(model, account)
                          : BreakGlassPolicies.vaultAdmin(model, account))
                  .build(),
              pointer + "GroupId"));
      t.resource(
          restore ? "RestoreAssignment" : "VaultAdminAssignment",
          Resource.of(
              "AWS::SSO::Assignment",
              CfnValue.map()
                  .put("InstanceArn", ic.instanceArn())
                  .put("PermissionSetArn", CfnValue.getAtt(logical, "PermissionSetArn"))
                  .put("PrincipalType", "GROUP")
                  .put("PrincipalId", BreakGlassRoles.group(model, suffix).orElseThrow())
                  .put("TargetType", "AWS_ACCOUNT")
                  .put("TargetId", account)
                  .build(),
              pointer + "GroupId"));
    }
    return t.build();
  }

  @Override
  public UnitId id() {
    return ID;
  }

  @Override
  public List<UnitTemplate> templates(AirGapModel model) {
    return applies(model) ? List.of(new UnitTemplate(ID, build(model))) : List.of();
  }

  /** A stack in the management account, in the Identity Center Region. */
  @Override
  public DeploymentUnit.Builder deployment(AirGapModel model, UnitId unitId) {
    IdentityCenterBreakGlass ic =
        model.central().breakGlass().flatMap(b -> b.identityCenter()).orElseThrow();
    return DeploymentUnit.builder(unitId, UnitKind.STACK, Names.stackName(model, unitId))
        .targets(UnitTargets.accounts(model.organization().managementAccount()))
        .regions(List.of(ic.region()));
  }

  @Override
  public void picture(AirGapModel model, List<UnitId> rendered, ArchitecturePicture picture) {
    if (rendered.isEmpty()) {
      return;
    }
    picture.add(
        ArchitecturePicture.Element.NOTE,
        "Identity Center permission sets "
            + BreakGlassRoles.viaIdentityCenter(model).stream()
                .map(s -> BreakGlassRoles.name(model, s))
                .toList()
            + " (sessions of one hour) are assigned to their groups in the central account only;"
            + " the roles Identity Center creates there are vault admins and every use alerts.");
  }
}
