package dev.airgap.maven.deploy;

import dev.airgap.generator.manifest.DeploymentManifest;

/** Who calls StackSets; passed on every StackSet call, reads included (facts §8.7). */
public enum CallAs {
  SELF,
  DELEGATED_ADMIN;

  /** The manifest's choice as the StackSets parameter. */
  public static CallAs of(DeploymentManifest.CallAs callAs) {
    return switch (callAs) {
      case SELF -> SELF;
      case DELEGATED_ADMIN -> DELEGATED_ADMIN;
    };
  }
}
