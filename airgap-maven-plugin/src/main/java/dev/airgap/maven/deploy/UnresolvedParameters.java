package dev.airgap.maven.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.airgap.generator.yaml.TemplateReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Template parameters that neither have a default nor a value in the manifest. The only one airgap
 * writes is the central vault's {@code CentralVaultKeyArn} with {@code central.key.kind:
 * key-account}: the key's id is random and AWS Backup refuses an alias ARN (docs/aws-facts.md
 * §20.3), so its value is the key ARN of each region, found with {@code kms:DescribeKey} on the
 * alias ARN. Until deploy resolves it, a unit with such a parameter is refused with what to do
 * (docs/deploy.md#central-key-in-a-key-account), rather than sent to CloudFormation to fail there.
 */
final class UnresolvedParameters {
  private UnresolvedParameters() {}

  /** One problem per missing parameter, each naming the template file, the parameter and how. */
  static List<String> missing(String templateFile, String body, Map<String, String> given) {
    List<String> out = new ArrayList<>();
    if (body == null) {
      return out;
    }
    JsonNode params = TemplateReader.read(body.getBytes(StandardCharsets.UTF_8)).path("Parameters");
    Iterator<Map.Entry<String, JsonNode>> it = params.properties().iterator();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      if (e.getValue().has("Default") || given.containsKey(e.getKey())) {
        continue;
      }
      out.add(
          templateFile
              + ": /Parameters/"
              + e.getKey()
              + ": has no value ("
              + e.getValue().path("Description").asText("")
              + "); airgap:deploy does not resolve it yet: deploy this unit with the key ARN of each"
              + " region as a parameter override (docs/deploy.md#central-key-in-a-key-account)");
    }
    return out;
  }
}
