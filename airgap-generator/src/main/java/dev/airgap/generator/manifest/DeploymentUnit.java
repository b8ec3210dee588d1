package dev.airgap.generator.manifest;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One stack or stack set.
 *
 * @param id stable unit id, e.g. {@code central-vault}, {@code member-baseline}, {@code management}
 * @param kind stack or stack set
 * @param name the stack or stack set name
 * @param permissionModel {@code SERVICE_MANAGED} or {@code SELF_MANAGED} (stack sets); empty for stacks
 * @param targets where instances go (stack sets) or the single account (stacks)
 * @param regions regions of the instances (sorted), or the stack's single region
 * @param parameters template parameters (sorted by name)
 * @param capabilities e.g. {@code CAPABILITY_NAMED_IAM} (sorted)
 * @param templateFile the template's file name in the output directory
 * @param templateSha256 lower-case hex SHA-256 of the template's bytes
 * @param dependsOn unit ids deployed before this one (sorted)
 * @param autoDeployment service-managed auto-deployment to accounts joining the OUs
 * @param operationPreferences StackSet operation preferences (empty for stacks)
 * @param complianceLockedVaults names of vaults this unit creates with a compliance-mode lock;
 *     deploy refuses to create or change them without an explicit confirmation
 */
public record DeploymentUnit(
    String id,
    UnitKind kind,
    String name,
    String permissionModel,
    UnitTargets targets,
    List<String> regions,
    Map<String, String> parameters,
    List<String> capabilities,
    String templateFile,
    String templateSha256,
    List<String> dependsOn,
    boolean autoDeployment,
    Map<String, String> operationPreferences,
    List<String> complianceLockedVaults) {

  public DeploymentUnit {
    regions = List.copyOf(regions);
    parameters = Collections.unmodifiableMap(new TreeMap<>(parameters));
    capabilities = List.copyOf(capabilities);
    dependsOn = List.copyOf(dependsOn);
    operationPreferences = Collections.unmodifiableMap(new TreeMap<>(operationPreferences));
    complianceLockedVaults = List.copyOf(complianceLockedVaults);
  }

  /** Stack or stack set. */
  public enum UnitKind {
    STACK("stack"),
    STACK_SET("stack-set");

    private final String jsonName;

    UnitKind(String jsonName) {
      this.jsonName = jsonName;
    }

    public String jsonName() {
      return jsonName;
    }

    public static UnitKind fromJson(String name) {
      for (UnitKind kind : values()) {
        if (kind.jsonName.equals(name)) {
          return kind;
        }
      }
      throw new IllegalArgumentException("unknown unit kind: " + name);
    }
  }

  /**
   * @param organizationalUnits OU or root ids (service-managed)
   * @param accounts account ids (self-managed targets, INTERSECTION/DIFFERENCE filters, or the stack's account)
   * @param accountFilterType {@code NONE}, {@code INTERSECTION} or {@code DIFFERENCE}
   */
  public record UnitTargets(List<String> organizationalUnits, List<String> accounts, String accountFilterType) {
    public UnitTargets {
      organizationalUnits = List.copyOf(organizationalUnits);
      accounts = List.copyOf(accounts);
    }
  }
}
