package dev.airgap.maven.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.airgap.generator.yaml.TemplateReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Template parameters that have no default, no value in the manifest and no KMS alias to read it
 * from ({@code keyAliasParameters}, the central vault's key ARN with {@code central.key.kind:
 * key-account}). A manifest edited by hand, or one from another airgap version, can leave one: the
 * unit is refused with its name rather than sent to CloudFormation to fail there.
 */
final class UnresolvedParameters {
  private UnresolvedParameters() {}

  /** One problem per missing parameter, each naming the template file, the parameter and how. */
  static List<String> missing(
      String templateFile, String body, Set<String> given, Set<String> fromKeyAliases) {
    List<String> out = new ArrayList<>();
    if (body == null) {
      return out;
    }
    JsonNode params = TemplateReader.read(body.getBytes(StandardCharsets.UTF_8)).path("Parameters");
    Iterator<Map.Entry<String, JsonNode>> it = params.properties().iterator();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      if (e.getValue().has("Default")
          || given.contains(e.getKey())
          || fromKeyAliases.contains(e.getKey())) {
        continue;
      }
      out.add(
          templateFile
              + ": /Parameters/"
              + e.getKey()
              + ": has no value ("
              + e.getValue().path("Description").asText("")
              + "); the manifest gives it no value and no key alias to read it from: run"
              + " airgap:generate again");
    }
    return out;
  }
}
