package dev.airgap.model;

/** Which account runs the deployment: StackSet calls then use CallAs SELF or DELEGATED_ADMIN. */
public enum DeployFrom implements YamlEnum {
  MANAGEMENT("management"),
  DELEGATED_ADMIN("delegated-admin");

  private final String yamlName;

  DeployFrom(String yamlName) {
    this.yamlName = yamlName;
  }

  @Override
  public String yamlName() {
    return yamlName;
  }
}
