package dev.airgap.generator.verify.iam;

import java.util.List;

/**
 * The policies that decide a request besides the caller's identity policy (which verify assumes
 * allows everything, the strongest attacker).
 *
 * @param scps every SCP of the organization with its targets
 * @param managementAccount never restricted by SCPs
 * @param resourcePolicy the resource's policy (vault access policy, key policy, topic policy), or
 *     null
 * @param keyPolicy whether {@code resourcePolicy} is a KMS key policy, which IAM cannot override
 */
public record Layers(
    List<AttachedScp> scps, String managementAccount, Policy resourcePolicy, boolean keyPolicy) {
  public Layers {
    scps = List.copyOf(scps);
  }

  public Layers withResourcePolicy(Policy policy, boolean isKeyPolicy) {
    return new Layers(scps, managementAccount, policy, isKeyPolicy);
  }
}
