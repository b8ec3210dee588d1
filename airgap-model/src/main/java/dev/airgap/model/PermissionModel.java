package dev.airgap.model;

/** StackSet permission model for the units in the central account. */
public enum PermissionModel implements YamlEnum {
  SERVICE_MANAGED("service-managed"),
  SELF_MANAGED("self-managed");

  private final String yamlName;

  PermissionModel(String yamlName) {
    this.yamlName = yamlName;
  }

  @Override
  public String yamlName() {
    return yamlName;
  }
}
