package dev.airgap.generator.units;

import java.util.Set;

/**
 * Which output set a unit belongs to. Most units are the production organization's, deployed from
 * {@code airgap-manifest.json} with its credentials; the recovery organization's units are written
 * into {@code recovery-organization/} with a manifest of their own, because only the recovery
 * management account can deploy them (docs/aws-facts.md §22).
 */
public final class OutputSets {
  private OutputSets() {}

  /** The directory of the recovery organization's output set. */
  public static final String RECOVERY_DIRECTORY = "recovery-organization";

  private static final Set<UnitId> RECOVERY =
      Set.of(RecoveryApprovalTeamUnit.ID, RecoveryAlertsUnit.ID);

  /** Whether {@code unitId} belongs to the recovery organization's set. */
  public static boolean inRecoverySet(UnitId unitId) {
    return RECOVERY.contains(unitId);
  }
}
