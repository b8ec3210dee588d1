package dev.airgap.generator.units;

import dev.airgap.generator.ArchitecturePicture;
import dev.airgap.generator.manifest.DeploymentUnit;
import dev.airgap.model.AirGapModel;
import java.util.List;

/**
 * One deployment unit: the templates it renders from a validated model, how each is deployed
 * (manifest entry) and what it adds to {@code architecture.md}. Every unit is listed once in {@link
 * UnitCatalog}; generator, manifest and picture iterate that list, so adding a unit is its class,
 * its catalog line and its golden case.
 */
public interface Unit {
  /** The unit's id; a unit with several stacks names their family ({@code backup-policies}). */
  UnitId id();

  /** Whether {@code unitId} is one of this unit's templates. */
  default boolean owns(UnitId unitId) {
    return id().equals(unitId);
  }

  /** The templates, each with its own unit id. */
  List<UnitTemplate> templates(AirGapModel model);

  /**
   * The manifest entry of the template {@code unitId} (one this unit rendered), without its
   * template file and hash, which come from the rendered bytes.
   */
  DeploymentUnit.Builder deployment(AirGapModel model, UnitId unitId);

  /** Adds what this unit deploys to the picture; {@code rendered} are the ids of its templates. */
  void picture(AirGapModel model, List<UnitId> rendered, ArchitecturePicture picture);
}
