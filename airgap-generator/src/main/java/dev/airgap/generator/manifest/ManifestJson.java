package dev.airgap.generator.manifest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Writes the manifest with a fixed key order (deterministic bytes) and reads it back. */
public final class ManifestJson {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ManifestJson() {}

  public static byte[] write(DeploymentManifest manifest) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("formatVersion", manifest.formatVersion());
    root.put("organizationId", manifest.organizationId());
    root.put("managementAccount", manifest.managementAccount());
    root.put("callAs", manifest.callAs().name());
    ArrayNode units = root.putArray("units");
    for (DeploymentUnit u : manifest.units()) {
      ObjectNode n = units.addObject();
      n.put("id", u.id());
      n.put("kind", u.kind().jsonName());
      n.put("name", u.name());
      n.put("permissionModel", u.permissionModel().map(Enum::name).orElse(""));
      ObjectNode t = n.putObject("targets");
      strings(t.putArray("organizationalUnits"), u.targets().organizationalUnits());
      strings(t.putArray("accounts"), u.targets().accounts());
      t.put("accountFilterType", u.targets().accountFilterType().name());
      strings(n.putArray("regions"), u.regions());
      ObjectNode params = n.putObject("parameters");
      u.parameters().forEach(params::put);
      strings(n.putArray("capabilities"), u.capabilities());
      n.put("templateFile", u.templateFile());
      n.put("templateSha256", u.templateSha256());
      strings(n.putArray("dependsOn"), u.dependsOn());
      n.put("autoDeployment", u.autoDeployment());
      ObjectNode prefs = n.putObject("operationPreferences");
      u.operationPreferences().forEach(prefs::put);
      strings(n.putArray("complianceLockedVaults"), u.complianceLockedVaults());
      // Written only where used, so manifests without a key account keep their bytes.
      if (!u.keyAliasParameters().isEmpty()) {
        ObjectNode aliases = n.putObject("keyAliasParameters");
        u.keyAliasParameters().forEach(aliases::put);
      }
    }
    try {
      String json = MAPPER.writeValueAsString(root).replace("\r\n", "\n");
      return (json + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of strings always serializes", e);
    }
  }

  /**
   * Reads a manifest written by {@link #write}; throws {@link IllegalArgumentException} on a bad
   * file.
   */
  public static DeploymentManifest read(byte[] json) {
    try {
      JsonNode root = MAPPER.readTree(json);
      List<DeploymentUnit> units = new ArrayList<>();
      for (JsonNode n : root.required("units")) {
        JsonNode t = n.required("targets");
        units.add(
            new DeploymentUnit(
                n.required("id").asText(),
                DeploymentUnit.UnitKind.fromJson(n.required("kind").asText()),
                n.required("name").asText(),
                permissionModel(n.required("permissionModel").asText()),
                new DeploymentUnit.UnitTargets(
                    strings(t.required("organizationalUnits")),
                    strings(t.required("accounts")),
                    DeploymentUnit.AccountFilterType.valueOf(
                        t.required("accountFilterType").asText())),
                strings(n.required("regions")),
                map(n.required("parameters")),
                strings(n.required("capabilities")),
                n.required("templateFile").asText(),
                n.required("templateSha256").asText(),
                strings(n.required("dependsOn")),
                n.required("autoDeployment").asBoolean(),
                map(n.required("operationPreferences")),
                strings(n.required("complianceLockedVaults")),
                n.has("keyAliasParameters") ? map(n.get("keyAliasParameters")) : Map.of()));
      }
      return new DeploymentManifest(
          root.required("formatVersion").asInt(),
          root.required("organizationId").asText(),
          root.required("managementAccount").asText(),
          DeploymentManifest.CallAs.valueOf(root.required("callAs").asText()),
          units);
    } catch (java.io.IOException | IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "not a valid " + DeploymentManifest.FILE_NAME + ": " + e.getMessage(), e);
    }
  }

  /** Stacks have none: written as an empty string. */
  private static Optional<DeploymentUnit.PermissionModel> permissionModel(String text) {
    return text.isEmpty()
        ? Optional.empty()
        : Optional.of(DeploymentUnit.PermissionModel.valueOf(text));
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }

  private static Map<String, String> map(JsonNode object) {
    Map<String, String> values = new LinkedHashMap<>();
    object
        .properties()
        .iterator()
        .forEachRemaining(e -> values.put(e.getKey(), e.getValue().asText()));
    return values;
  }
}
