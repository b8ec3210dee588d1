package dev.airgap.generator.manifest;

import java.util.List;

/**
 * {@code airgap-manifest.json}: every deployment unit and the order deploy runs them in.
 *
 * @param formatVersion bumped on incompatible changes
 * @param organizationId the organization the units belong to
 * @param managementAccount the management account
 * @param callAs passed on every StackSet call
 * @param units in dependency order (a unit comes after every unit it depends on), ties by id
 */
public record DeploymentManifest(
    int formatVersion,
    String organizationId,
    String managementAccount,
    CallAs callAs,
    List<DeploymentUnit> units) {

  public static final int FORMAT_VERSION = 1;
  public static final String FILE_NAME = "airgap-manifest.json";

  public DeploymentManifest {
    units = List.copyOf(units);
  }

  /**
   * Whether StackSet calls act as the management account or as its delegated administrator
   * (docs/aws-facts.md §8.7).
   */
  public enum CallAs {
    SELF,
    DELEGATED_ADMIN
  }
}
