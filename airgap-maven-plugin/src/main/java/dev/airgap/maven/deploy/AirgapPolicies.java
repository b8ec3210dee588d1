package dev.airgap.maven.deploy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.airgap.generator.policy.ScpLambda;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The organization policies airgap's templates attach, by target: native {@code
 * AWS::Organizations::Policy} of a type, and for SCPs also the custom-resource form ({@link
 * ScpLambda}).
 */
final class AirgapPolicies {
  static final String SCP = "SERVICE_CONTROL_POLICY";
  static final String BACKUP = "BACKUP_POLICY";

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private AirgapPolicies() {}

  /** target id → names of the airgap policies of {@code policyType} attached to it. */
  static Map<String, Set<String>> byTarget(Collection<String> templates, String policyType) {
    Map<String, Set<String>> out = new TreeMap<>();
    for (String body : templates) {
      JsonNode resources;
      try {
        resources = YAML.readTree(body).path("Resources");
      } catch (JsonProcessingException e) {
        // DeployInput has checked each template's hash; an unparsable one has no policies to count.
        continue;
      }
      for (Iterator<JsonNode> it = resources.elements(); it.hasNext(); ) {
        JsonNode r = it.next();
        JsonNode p = r.path("Properties");
        String type = r.path("Type").asText();
        boolean nativeScp =
            type.equals("AWS::Organizations::Policy") && p.path("Type").asText().equals(policyType);
        boolean customScp =
            policyType.equals(SCP)
                && type.equals("AWS::CloudFormation::CustomResource")
                && p.has(ScpLambda.PROPERTY_TARGET_IDS);
        if (!nativeScp && !customScp) {
          continue;
        }
        String name = p.path(nativeScp ? "Name" : ScpLambda.PROPERTY_NAME).asText();
        JsonNode targets = p.path(nativeScp ? "TargetIds" : ScpLambda.PROPERTY_TARGET_IDS);
        for (JsonNode target : targets) {
          if (target.isTextual()) {
            out.computeIfAbsent(target.asText(), k -> new TreeSet<>()).add(name);
          }
        }
      }
    }
    return out;
  }
}
