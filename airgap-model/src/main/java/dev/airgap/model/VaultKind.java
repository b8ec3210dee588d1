package dev.airgap.model;

/**
 * A standard backup vault with Vault Lock, or a logically air-gapped vault (always
 * compliance-locked).
 */
public enum VaultKind implements YamlEnum {
  STANDARD("standard"),
  LOGICALLY_AIR_GAPPED("logically-air-gapped");

  private final String yamlName;

  VaultKind(String yamlName) {
    this.yamlName = yamlName;
  }

  @Override
  public String yamlName() {
    return yamlName;
  }
}
