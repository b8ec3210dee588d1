package dev.airgap.model;

/** StackSet RegionConcurrencyType. */
public enum RegionConcurrency implements YamlEnum {
  PARALLEL("parallel"),
  SEQUENTIAL("sequential");

  private final String yamlName;

  RegionConcurrency(String yamlName) {
    this.yamlName = yamlName;
  }

  @Override
  public String yamlName() {
    return yamlName;
  }
}
