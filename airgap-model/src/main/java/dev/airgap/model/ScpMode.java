package dev.airgap.model;

/** How the service control policy is created. */
public enum ScpMode implements YamlEnum {
  /** {@code AWS::Organizations::Policy}: drift-detectable, no code to run. */
  NATIVE("native"),
  /** The reference design's Lambda-backed custom resource. */
  LAMBDA("lambda");

  private final String yamlName;

  ScpMode(String yamlName) {
    this.yamlName = yamlName;
  }

  @Override
  public String yamlName() {
    return yamlName;
  }
}
