package dev.airgap.model;

/** An enum whose constants are written in airgap.yaml under a kebab-case name. */
public interface YamlEnum {
  /** The spelling used in airgap.yaml. */
  String yamlName();
}
