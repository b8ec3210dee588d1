package dev.airgap.generator.units;

import dev.airgap.generator.ArchitecturePicture;
import dev.airgap.generator.manifest.DeploymentUnit;
import dev.airgap.generator.manifest.DeploymentUnit.UnitKind;
import dev.airgap.generator.manifest.DeploymentUnit.UnitTargets;
import dev.airgap.model.AirGapModel;
import dev.airgap.model.MultiPartyApproval;
import dev.airgap.model.RecoveryOrganization;
import dev.airgap.model.VaultKind;
import java.util.List;

/**
 * The approval team of a separate recovery organization: the same identity source, team and RAM
 * share as {@link ApprovalTeamUnit} (whose code builds it), in the recovery organization's
 * management account, and shared with the central account across organizations. It belongs to the
 * recovery output set ({@link RecoveryOrganizationSet}): the recovery management account deploys
 * it, never the production credentials (docs/aws-facts.md §13.20, §22).
 */
public final class RecoveryApprovalTeamUnit implements Unit {
  RecoveryApprovalTeamUnit() {}

  public static final UnitId ID = UnitId.of("recovery-approval-team");

  static boolean applies(AirGapModel model) {
    return model.central().vault().kind() == VaultKind.LOGICALLY_AIR_GAPPED && team(model) != null;
  }

  private static MultiPartyApproval team(AirGapModel model) {
    return model
        .recoveryOrganization()
        .flatMap(RecoveryOrganization::multiPartyApproval)
        .orElse(null);
  }

  @Override
  public UnitId id() {
    return ID;
  }

  @Override
  public List<UnitTemplate> templates(AirGapModel model) {
    return applies(model)
        ? List.of(new UnitTemplate(ID, ApprovalTeamUnit.build(model, team(model), true)))
        : List.of();
  }

  /** A stack in the recovery management account, in the Identity Center Region. */
  @Override
  public DeploymentUnit.Builder deployment(AirGapModel model, UnitId unitId) {
    MultiPartyApproval mpa = team(model);
    return DeploymentUnit.builder(unitId, UnitKind.STACK, Names.stackName(model, unitId))
        .targets(UnitTargets.accounts(mpa.account()))
        .regions(List.of(mpa.identityCenterRegion()))
        .dependsOn(RecoveryAlertsUnit.ID);
  }

  @Override
  public void picture(AirGapModel model, List<UnitId> rendered, ArchitecturePicture picture) {
    if (rendered.isEmpty()) {
      return;
    }
    MultiPartyApproval mpa = team(model);
    picture.add(
        ArchitecturePicture.Element.RECOVERY_SHARE,
        "approvers[\"approval team "
            + mpa.minApprovals()
            + " of "
            + mpa.approvers().size()
            + " (recovery organization "
            + model.recoveryOrganization().orElseThrow().id()
            + ", management account "
            + mpa.account()
            + ")\"]");
    for (String region : Deployments.sorted(model.central().regions())) {
      picture.add(
          ArchitecturePicture.Element.RECOVERY_SHARE,
          "approvers -.->|\"approves restore access\"| cv_" + ArchitecturePicture.nodeId(region));
    }
  }
}
