package dev.airgap.generator.units;

import dev.airgap.generator.ArchitecturePicture;
import dev.airgap.generator.cfn.CfnValue;
import dev.airgap.generator.cfn.Output;
import dev.airgap.generator.cfn.Resource;
import dev.airgap.generator.cfn.Template;
import dev.airgap.generator.manifest.DeploymentUnit;
import dev.airgap.generator.manifest.DeploymentUnit.UnitKind;
import dev.airgap.generator.manifest.DeploymentUnit.UnitTargets;
import dev.airgap.model.AirGapModel;
import dev.airgap.model.MultiPartyApproval;
import dev.airgap.model.VaultKind;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Multi-party approval for the logically air-gapped central vault: a plain stack in the management
 * account that owns the approval team, in the Region of its Identity Center instance. AWS creates
 * identity sources and approval teams only there, and shares a team with the vault's account
 * through RAM (docs/aws-facts.md §13.20).
 *
 * <p>The stack does not associate the team with the vault. CreateLogicallyAirGappedBackupVault has
 * no team parameter, so a vault template naming {@code MpaApprovalTeamArn} makes CloudFormation
 * call AssociateBackupVaultMpaApprovalTeam as the StackSet execution role; airgap denies that call
 * to everyone but the vault admins (the deploy role included, {@code
 * ProtectedActions.backupSharing}), because whoever runs the stack set would otherwise choose who
 * approves restores. A vault admin associates the team once (docs/recovery.md, "Multi-party
 * approval"); every later change or removal needs the team's own approval and alerts.
 */
public final class ApprovalTeamUnit implements Unit {
  ApprovalTeamUnit() {}

  public static final UnitId ID = UnitId.of("approval-team");

  public static final String IDENTITY_SOURCE = "ApprovalIdentitySource";
  public static final String TEAM = "ApprovalTeam";
  public static final String SHARE = "ApprovalTeamShare";

  /**
   * The AWS managed MPA policy of AWS Backup's restore-access operation (AWS Backup developer
   * guide, MPA administrator tasks; docs/aws-facts.md §13.20).
   */
  static final String RESTORE_ACCESS_POLICY =
      "arn:${AWS::Partition}:mpa:::aws:policy/backup.amazonaws.com/CreateRestoreAccessVault/$DEFAULT";

  /** The RAM permission for sharing an approval team (same source). */
  static final String TEAM_SHARE_PERMISSION =
      "arn:${AWS::Partition}:ram::aws:permission/AWSRAMMPAApprovalTeamAccess";

  /** Whether the model asks for an approval team (only a logically air-gapped vault takes one). */
  static boolean applies(AirGapModel model) {
    return model.central().multiPartyApproval().isPresent()
        && model.central().vault().kind() == VaultKind.LOGICALLY_AIR_GAPPED;
  }

  /** The team's physical name: one per central vault. */
  static String teamName(AirGapModel model) {
    return model.deploy().stackSetNamePrefix()
        + "-"
        + model.central().vault().name()
        + "-approvers";
  }

  /**
   * The team is named by {@code Ref}, which returns its primary identifier, the ARN (schema {@code
   * primaryIdentifier}; docs/aws-facts.md §13.20); moto, which cannot model MPA types, resolves a
   * {@code Ref} but fails the stack on a {@code GetAtt} in an output.
   */
  public static Template build(AirGapModel model) {
    return build(model, model.central().multiPartyApproval().orElseThrow(), false);
  }

  /**
   * The team of {@code mpa}; {@code recoveryOrganization} when it lives in a separate recovery
   * organization, whose share with the central account then crosses organizations and must allow
   * external principals (docs/aws-facts.md §22).
   */
  public static Template build(
      AirGapModel model, MultiPartyApproval mpa, boolean recoveryOrganization) {
    String base =
        recoveryOrganization
            ? "/recoveryOrganization/multiPartyApproval"
            : "/central/multiPartyApproval";
    List<String> approvers = List.copyOf(new TreeSet<>(mpa.approvers()));
    Template.Builder t =
        new Template.Builder(
            "airgap multi-party approval in the management account "
                + mpa.account()
                + (recoveryOrganization
                    ? " of the recovery organization "
                        + model.recoveryOrganization().orElseThrow().id()
                    : "")
                + ", "
                + mpa.identityCenterRegion()
                + ": the approval team of the logically air-gapped vault '"
                + model.central().vault().name()
                + "' ("
                + mpa.minApprovals()
                + " of "
                + approvers.size()
                + " Identity Center approvers must approve restore access), its identity source, and"
                + " its RAM share with the central account "
                + model.central().account()
                + ". Changes to the team need the team's own approval.");
    t.resource(
        IDENTITY_SOURCE,
        Resource.of(
                "AWS::MPA::IdentitySource",
                CfnValue.map()
                    .put(
                        "IdentitySourceParameters",
                        CfnValue.map()
                            .put(
                                "IamIdentityCenter",
                                CfnValue.map()
                                    .put("InstanceArn", mpa.identityCenterInstanceArn())
                                    .put("Region", mpa.identityCenterRegion())
                                    .build())
                            .build())
                    .build(),
                base)
            .retained());
    List<CfnValue> members = new ArrayList<>();
    for (String approver : approvers) {
      members.add(
          CfnValue.map()
              .put("PrimaryIdentityId", approver)
              .put(
                  "PrimaryIdentitySourceArn", CfnValue.getAtt(IDENTITY_SOURCE, "IdentitySourceArn"))
              .build());
    }
    t.resource(
        TEAM,
        Resource.of(
                "AWS::MPA::ApprovalTeam",
                CfnValue.map()
                    .put("Name", teamName(model))
                    .put(
                        "Description",
                        "airgap: approves restore access to the logically air-gapped vault "
                            + model.central().vault().name()
                            + " of account "
                            + model.central().account())
                    .put(
                        "ApprovalStrategy",
                        CfnValue.map()
                            .put(
                                "MofN",
                                CfnValue.map()
                                    .put("MinApprovalsRequired", mpa.minApprovals())
                                    .build())
                            .build())
                    .put("Approvers", CfnValue.list(members))
                    .put(
                        "Policies",
                        CfnValue.list(
                            CfnValue.map()
                                .put("PolicyArn", CfnValue.sub(RESTORE_ACCESS_POLICY))
                                .build()))
                    .build(),
                base + "/approvers")
            .retained());
    t.resource(
        SHARE,
        Resource.of(
            "AWS::RAM::ResourceShare",
            CfnValue.map()
                .put("Name", teamName(model))
                // In this organization the central account is inside it; from a recovery
                // organization it is outside, and RAM refuses it unless external principals are
                // allowed.
                .put("AllowExternalPrincipals", recoveryOrganization)
                .put("Principals", CfnValue.texts(List.of(model.central().account())))
                .put("ResourceArns", CfnValue.list(CfnValue.ref(TEAM)))
                .put("PermissionArns", CfnValue.list(CfnValue.sub(TEAM_SHARE_PERMISSION)))
                .build(),
            recoveryOrganization
                ? "/recoveryOrganization/managementAccount"
                : "/central/multiPartyApproval/account"));
    t.output(
        "ApprovalTeamArn",
        Output.of(
            "ARN of the approval team; a vault admin associates it with the vault (docs/recovery.md)",
            CfnValue.ref(TEAM)));
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

  /** A stack in the team's management account, in the Identity Center Region. */
  @Override
  public DeploymentUnit.Builder deployment(AirGapModel model, UnitId unitId) {
    MultiPartyApproval mpa = model.central().multiPartyApproval().orElseThrow();
    return DeploymentUnit.builder(unitId, UnitKind.STACK, Names.stackName(model, unitId))
        .targets(UnitTargets.accounts(mpa.account()))
        .regions(List.of(mpa.identityCenterRegion()));
  }

  @Override
  public void picture(AirGapModel model, List<UnitId> rendered, ArchitecturePicture picture) {
    if (rendered.isEmpty()) {
      return;
    }
    MultiPartyApproval mpa = model.central().multiPartyApproval().orElseThrow();
    picture.add(
        ArchitecturePicture.Element.RECOVERY_SHARE,
        "approvers[\"approval team "
            + mpa.minApprovals()
            + " of "
            + mpa.approvers().size()
            + " (management account "
            + mpa.account()
            + ")\"]");
    for (String region : Deployments.sorted(model.central().regions())) {
      picture.add(
          ArchitecturePicture.Element.RECOVERY_SHARE,
          "approvers -.->|\"approves restore access\"| cv_" + ArchitecturePicture.nodeId(region));
    }
  }
}
