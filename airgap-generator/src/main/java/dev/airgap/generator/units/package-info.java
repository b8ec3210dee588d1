/**
 * The deployment units: one class per unit (central vault, central alerts, member baseline,
 * management, backup policies), each a {@link dev.airgap.generator.units.Unit} that turns a
 * validated model into its templates, its manifest entries and its part of the architecture
 * picture. {@link dev.airgap.generator.units.UnitCatalog} lists them all.
 */
package dev.airgap.generator.units;
