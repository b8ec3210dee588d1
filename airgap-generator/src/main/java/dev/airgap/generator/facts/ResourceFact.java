package dev.airgap.generator.facts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One row of {@link ResourceFacts}: what airgap relies on about one resource type.
 *
 * @param type e.g. {@code AWS::KMS::Key}
 * @param createOnlyProperties top-level properties whose change makes CloudFormation replace the
 *     resource (sorted), read from the schema's {@code createOnlyProperties}
 * @param stateful the resource holds backups or the key to them: it must be retained on delete and
 *     replacement, and replacing or removing it is a change a reviewer must see first
 * @param securityRelevant the resource is a policy or grants access in its own right, so any change
 *     to it is a change a reviewer must see first
 * @param securityProperties top-level properties that carry a lock or a policy: a change to one is
 *     a change a reviewer must see first, whatever the type
 * @param policyLimits the policy documents it carries and their size limits
 * @param serviceAccess the organization service access it needs to work
 */
public record ResourceFact(
    String type,
    List<String> createOnlyProperties,
    boolean stateful,
    boolean securityRelevant,
    List<String> securityProperties,
    List<PolicyLimit> policyLimits,
    List<ServiceAccess.Need> serviceAccess) {

  public ResourceFact {
    createOnlyProperties = List.copyOf(createOnlyProperties);
    securityProperties = List.copyOf(securityProperties);
    policyLimits = List.copyOf(policyLimits);
    serviceAccess = List.copyOf(serviceAccess);
  }

  /** The bundled official schema; every row has one (a test keeps it so). */
  public JsonNode schema() {
    return BundledSchemas.schema(type)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "no bundled schema " + BundledSchemas.fileName(type) + " for " + type));
  }
}
