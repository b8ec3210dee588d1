package dev.airgap.model;

/**
 * Vault Lock mode. AWS decides the mode only by the presence of {@code ChangeableForDays}; the
 * model asks for it in words because compliance is irreversible after its grace period, so it has
 * no default (docs/aws-facts.md §2.2).
 */
public enum LockMode implements YamlEnum {
  GOVERNANCE("governance"),
  COMPLIANCE("compliance");

  private final String yamlName;

  LockMode(String yamlName) {
    this.yamlName = yamlName;
  }

  @Override
  public String yamlName() {
    return yamlName;
  }
}
