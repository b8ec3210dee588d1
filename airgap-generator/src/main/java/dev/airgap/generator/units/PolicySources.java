package dev.airgap.generator.units;

/** The policy source the generator uses. */
public final class PolicySources {
  private PolicySources() {}

  public static PolicySource standard() {
    return new InterimPolicies();
  }
}
