package dev.airgap.maven.deploy;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a stack set should look like.
 *
 * @param name stack set name
 * @param templateBody the generated template
 * @param parameters template parameters (sorted)
 * @param capabilities e.g. {@code CAPABILITY_NAMED_IAM}
 * @param serviceManaged service-managed (true) or self-managed
 * @param autoDeployment service-managed auto-deployment, always with RetainStacksOnAccountRemoval
 *     (facts §8.3)
 */
public record StackSetSpec(
    String name,
    String templateBody,
    Map<String, String> parameters,
    List<String> capabilities,
    boolean serviceManaged,
    boolean autoDeployment) {
  public StackSetSpec {
    parameters = java.util.Collections.unmodifiableMap(new TreeMap<>(parameters));
    capabilities = List.copyOf(capabilities);
  }
}
