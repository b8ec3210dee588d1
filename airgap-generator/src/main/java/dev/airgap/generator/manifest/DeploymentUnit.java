package dev.airgap.generator.manifest;

import dev.airgap.generator.units.UnitId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One stack or stack set.
 *
 * @param id stable unit id, e.g. {@code central-vault}, {@code member-baseline}, {@code management}
 * @param kind stack or stack set
 * @param name the stack or stack set name
 * @param permissionModel present for stack sets, empty for stacks
 * @param targets where instances go (stack sets) or the single account (stacks)
 * @param regions regions of the instances (sorted), or the stack's single region
 * @param parameters template parameters (sorted by name)
 * @param capabilities e.g. {@code CAPABILITY_NAMED_IAM} (sorted)
 * @param templateFile the template's file name in the output directory
 * @param templateSha256 lower-case hex SHA-256 of the template's bytes
 * @param dependsOn unit ids deployed before this one
 * @param autoDeployment service-managed auto-deployment to accounts joining the OUs
 * @param operationPreferences StackSet operation preferences (empty for stacks)
 * @param complianceLockedVaults names of vaults this unit creates with a compliance-mode lock;
 *     deploy refuses to create or change them without an explicit confirmation
 * @param keyAliasParameters template parameters whose value deploy finds in each region, just
 *     before the unit's instances are created: parameter name → KMS alias ARN with {@value
 *     #REGION_PLACEHOLDER} for the region; the value is the key ARN the alias names there
 */
public record DeploymentUnit(
    String id,
    UnitKind kind,
    String name,
    Optional<PermissionModel> permissionModel,
    UnitTargets targets,
    List<String> regions,
    Map<String, String> parameters,
    List<String> capabilities,
    String templateFile,
    String templateSha256,
    List<String> dependsOn,
    boolean autoDeployment,
    Map<String, String> operationPreferences,
    List<String> complianceLockedVaults,
    Map<String, String> keyAliasParameters) {

  /** Stands for the instance's region in a {@link #keyAliasParameters} alias ARN. */
  public static final String REGION_PLACEHOLDER = "{region}";

  public DeploymentUnit {
    if (permissionModel.isPresent() != (kind == UnitKind.STACK_SET)) {
      throw new IllegalArgumentException(
          "unit " + id + ": a stack set has a permission model, a stack has none");
    }
    regions = List.copyOf(regions);
    parameters = Collections.unmodifiableMap(new TreeMap<>(parameters));
    capabilities = List.copyOf(capabilities);
    dependsOn = List.copyOf(dependsOn);
    operationPreferences = Collections.unmodifiableMap(new TreeMap<>(operationPreferences));
    complianceLockedVaults = List.copyOf(complianceLockedVaults);
    keyAliasParameters = Collections.unmodifiableMap(new TreeMap<>(keyAliasParameters));
  }

  /** This unit depending on {@code ids} instead. */
  public DeploymentUnit withDependsOn(List<String> ids) {
    return new DeploymentUnit(
        id,
        kind,
        name,
        permissionModel,
        targets,
        regions,
        parameters,
        capabilities,
        templateFile,
        templateSha256,
        ids,
        autoDeployment,
        operationPreferences,
        complianceLockedVaults,
        keyAliasParameters);
  }

  public static Builder builder(UnitId id, UnitKind kind, String name) {
    return new Builder(id, kind, name);
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
   * Who owns the StackSet roles: Organizations ({@code SERVICE_MANAGED}) or the accounts ({@code
   * SELF_MANAGED}).
   */
  public enum PermissionModel {
    SERVICE_MANAGED,
    SELF_MANAGED
  }

  /**
   * How a service-managed stack set's accounts narrow its OU targets ({@code UNION} is not
   * supported, docs/aws-facts.md §8.3).
   */
  public enum AccountFilterType {
    NONE,
    INTERSECTION,
    DIFFERENCE
  }

  /**
   * @param organizationalUnits OU or root ids (service-managed)
   * @param accounts account ids (self-managed targets, INTERSECTION/DIFFERENCE filters, or the
   *     stack's account)
   * @param accountFilterType how {@code accounts} narrow {@code organizationalUnits}
   */
  public record UnitTargets(
      List<String> organizationalUnits,
      List<String> accounts,
      AccountFilterType accountFilterType) {
    public UnitTargets {
      organizationalUnits = List.copyOf(organizationalUnits);
      accounts = List.copyOf(accounts);
    }

    /** Exactly these accounts, no OUs. */
    public static UnitTargets accounts(String... accounts) {
      return new UnitTargets(List.of(), List.of(accounts), AccountFilterType.NONE);
    }
  }

  /** Names the fields a unit sets instead of fourteen positional arguments. */
  public static final class Builder {
    private final UnitId id;
    private final UnitKind kind;
    private final String name;
    private Optional<PermissionModel> permissionModel = Optional.empty();
    private UnitTargets targets = new UnitTargets(List.of(), List.of(), AccountFilterType.NONE);
    private List<String> regions = List.of();
    private Map<String, String> parameters = Map.of();
    private List<String> capabilities = List.of();
    private String templateFile = "";
    private String templateSha256 = "";
    private final List<String> dependsOn = new ArrayList<>();
    private boolean autoDeployment;
    private Map<String, String> operationPreferences = Map.of();
    private List<String> complianceLockedVaults = List.of();
    private Map<String, String> keyAliasParameters = Map.of();

    private Builder(UnitId id, UnitKind kind, String name) {
      this.id = id;
      this.kind = kind;
      this.name = name;
    }

    public Builder permissionModel(PermissionModel value) {
      permissionModel = Optional.of(value);
      return this;
    }

    public Builder targets(UnitTargets value) {
      targets = value;
      return this;
    }

    public Builder regions(List<String> value) {
      regions = value;
      return this;
    }

    public Builder parameters(Map<String, String> value) {
      parameters = value;
      return this;
    }

    public Builder capabilities(List<String> value) {
      capabilities = value;
      return this;
    }

    public Builder templateFile(String value) {
      templateFile = value;
      return this;
    }

    public Builder templateSha256(String value) {
      templateSha256 = value;
      return this;
    }

    /** Adds units deployed before this one, in the order given (the manifest keeps it). */
    public Builder dependsOn(UnitId... units) {
      for (UnitId unit : units) {
        dependsOn.add(unit.value());
      }
      return this;
    }

    public Builder autoDeployment(boolean value) {
      autoDeployment = value;
      return this;
    }

    public Builder operationPreferences(Map<String, String> value) {
      operationPreferences = value;
      return this;
    }

    public Builder complianceLockedVaults(List<String> value) {
      complianceLockedVaults = value;
      return this;
    }

    public Builder keyAliasParameters(Map<String, String> value) {
      keyAliasParameters = value;
      return this;
    }

    public DeploymentUnit build() {
      return new DeploymentUnit(
          id.value(),
          kind,
          name,
          permissionModel,
          targets,
          regions,
          parameters,
          capabilities,
          templateFile,
          templateSha256,
          dependsOn,
          autoDeployment,
          operationPreferences,
          complianceLockedVaults,
          keyAliasParameters);
    }
  }
}
