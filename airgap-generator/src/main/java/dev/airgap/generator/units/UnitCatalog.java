package dev.airgap.generator.units;

import java.util.List;

/**
 * Every unit airgap generates, the one list that {@code TemplateGenerator}, {@code ManifestBuilder}
 * and {@code ArchitectureDoc} iterate. Order does not matter: templates are ordered by id, the
 * manifest by dependencies, the picture by what each element is.
 */
public final class UnitCatalog {
  private UnitCatalog() {}

  public static final List<Unit> UNITS =
      List.of(
          new ApprovalTeamUnit(),
          new CentralAlertsUnit(),
          new CentralVaultUnit(),
          new KeyAccountUnit(),
          new MemberBaselineUnit(),
          new ManagementUnit(),
          new ManagementAlertsUnit(),
          new BackupPoliciesUnit(),
          new BreakGlassUnit(),
          new IdentityCenterBreakGlassUnit(),
          new RestoreTestingUnit(),
          new JobEventsUnit(),
          new EvidenceBucketUnit(),
          new EvidenceReportsUnit(),
          new RecoveryApprovalTeamUnit(),
          new RecoveryAlertsUnit());

  /** The unit that renders {@code unitId}. */
  public static Unit unitOf(UnitId unitId) {
    return UNITS.stream()
        .filter(u -> u.owns(unitId))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no unit renders " + unitId));
  }
}
