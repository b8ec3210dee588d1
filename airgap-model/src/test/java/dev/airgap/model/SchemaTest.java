package dev.airgap.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.airgap.model.io.ModelReader;
import dev.airgap.model.validate.Finding;
import dev.airgap.model.validate.TestModels;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * docs/airgap.schema.json gives editors completion and checks; it must describe exactly what {@link
 * ModelReader} accepts. The binder is the authority: its unknown-key message lists the keys it
 * allows at each level, and this test compares that list with the schema's properties.
 */
@DisplayName("The JSON Schema matches the model reader")
class SchemaTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final YAMLMapper YAML = new YAMLMapper();
  private static final String RESOURCE = "/dev/airgap/model/airgap.schema.json";
  private static final String PROBE = "zzNotAKey";

  private static JsonNode schema() throws IOException {
    try (InputStream in = SchemaTest.class.getResourceAsStream(RESOURCE)) {
      assertThat(in).as(RESOURCE).isNotNull();
      return JSON.readTree(in);
    }
  }

  @Test
  @DisplayName("the shipped resource is identical to docs/airgap.schema.json")
  void resourceEqualsDocs() throws IOException {
    byte[] docs = Files.readAllBytes(TestModels.repoRoot().resolve("docs/airgap.schema.json"));
    byte[] resource;
    try (InputStream in = SchemaTest.class.getResourceAsStream(RESOURCE)) {
      resource = in.readAllBytes();
    }
    assertThat(new String(resource, StandardCharsets.UTF_8))
        .isEqualTo(new String(docs, StandardCharsets.UTF_8));
  }

  @Test
  @DisplayName("is draft-07 and closes every object with additionalProperties false")
  void closedObjects() throws IOException {
    JsonNode schema = schema();
    assertThat(schema.path("$schema").asText())
        .isEqualTo("http://json-schema.org/draft-07/schema#");
    List<String> open = new ArrayList<>();
    walk(
        schema,
        "#",
        (node, where) -> {
          if (node.has("properties") && !node.path("additionalProperties").isBoolean()) {
            open.add(where);
          }
        });
    assertThat(open).as("objects without additionalProperties: false").isEmpty();
  }

  /** One object level of the model: where it is in a model, and the keys the schema lists there. */
  record Level(List<String> path, Set<String> keys) {
    @Override
    public String toString() {
      return "/" + String.join("/", path);
    }
  }

  static List<Level> levels() throws IOException {
    JsonNode schema = schema();
    List<Level> out = new ArrayList<>();
    collect(schema, schema, new ArrayList<>(), out);
    return out;
  }

  private static void collect(JsonNode root, JsonNode node, List<String> path, List<Level> out) {
    JsonNode resolved = resolve(root, node);
    if (resolved.has("properties")) {
      Set<String> keys = new TreeSet<>();
      resolved.get("properties").fieldNames().forEachRemaining(keys::add);
      out.add(new Level(List.copyOf(path), keys));
      for (String key : keys) {
        path.add(key);
        collect(root, resolved.get("properties").get(key), path, out);
        path.remove(path.size() - 1);
      }
    } else if (resolved.path("additionalProperties").isObject()
        && resolve(root, resolved.get("additionalProperties")).has("properties")) {
      // A map of named entries (plans): probe one entry.
      path.add("daily");
      collect(root, resolved.get("additionalProperties"), path, out);
      path.remove(path.size() - 1);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("levels")
  @DisplayName("lists exactly the keys the reader accepts at")
  void keysMatchReader(Level level) throws IOException {
    // Given: the basic model with an unknown key added at this level
    ObjectNode model = (ObjectNode) YAML.readTree(TestModels.BASIC);
    ObjectNode at = model;
    for (String key : level.path()) {
      at = at.has(key) && at.get(key).isObject() ? (ObjectNode) at.get(key) : at.putObject(key);
    }
    at.put(PROBE, "x");
    // When
    List<Finding> findings =
        ModelReader.read("airgap.yaml", YAML.writeValueAsBytes(model)).findings().stream()
            .filter(f -> f.ruleId().equals("AG0002"))
            .toList();
    // Then: the reader refuses the probe and names the keys it allows, which are the schema's
    assertThat(findings)
        .extracting(Finding::pointer)
        .containsExactly(level + (level.path().isEmpty() ? "" : "/") + PROBE);
    String message = findings.get(0).message();
    Set<String> allowed =
        Arrays.stream(message.substring(message.indexOf("allowed here: ") + 14).split(", "))
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(allowed).isEqualTo(level.keys());
  }

  @Test
  @DisplayName("enums list exactly the model's values")
  void enumsMatchModel() throws IOException {
    JsonNode schema = schema();
    Map<String, Class<? extends YamlEnum>> enums =
        new TreeMap<>(
            Map.of(
                "/properties/organization/properties/partition", Partition.class,
                "/properties/organization/properties/deployFrom", DeployFrom.class,
                "/properties/central/properties/vault/properties/kind", VaultKind.class,
                "/definitions/lock/properties/mode", LockMode.class,
                "/definitions/centralKey/properties/kind", KeyKind.class,
                "/properties/protection/properties/scp/properties/mode", ScpMode.class,
                "/properties/deploy/properties/centralPermissionModel", PermissionModel.class,
                "/properties/deploy/properties/operationPreferences/properties/regionConcurrency",
                    RegionConcurrency.class));
    enums.forEach(
        (pointer, type) -> {
          List<String> listed = new ArrayList<>();
          schema.at(pointer).path("enum").forEach(v -> listed.add(v.asText()));
          List<String> values =
              Arrays.stream(type.getEnumConstants()).map(YamlEnum::yamlName).toList();
          assertThat(listed).as(pointer).isEqualTo(values);
        });
  }

  static List<Path> examples() throws IOException {
    try (Stream<Path> dirs = Files.list(TestModels.repoRoot().resolve("examples"))) {
      return dirs.map(d -> d.resolve("airgap.yaml")).filter(Files::isRegularFile).sorted().toList();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  @DisplayName("accepts every valid example")
  void examplesConform(Path example) throws IOException {
    JsonNode schema = schema();
    List<String> errors = new ArrayList<>();
    check(schema, schema, YAML.readTree(example.toFile()), "", errors);
    assertThat(errors).isEmpty();
  }

  @Test
  @DisplayName("rejects an unknown key, a bad enum value and a short account id")
  void schemaCanFail() throws IOException {
    JsonNode schema = schema();
    String yaml =
        TestModels.edit(
            TestModels.BASIC,
            "  id: o-a1b2c3d4e5\n",
            "  id: o-a1b2c3d4e5\n  partiton: aws\n",
            "mode: governance",
            "mode: governence",
            "account: \"222222222222\"",
            "account: \"22222\"");
    List<String> errors = new ArrayList<>();
    check(schema, schema, YAML.readTree(yaml), "", errors);
    assertThat(errors)
        .containsExactly(
            "/organization/partiton: not allowed",
            "/central/account: does not match ^\\d{12}$",
            "/central/vault/lock/mode: not one of [\"governance\",\"compliance\"]");
  }

  // A small draft-07 subset, enough for this schema: $ref, allOf, type, properties, required,
  // additionalProperties, propertyNames, items, enum, pattern, minimum/maximum, min/maxItems.
  private static void check(
      JsonNode root, JsonNode schemaNode, JsonNode value, String at, List<String> errors) {
    JsonNode s = resolve(root, schemaNode);
    for (JsonNode part : s.path("allOf")) {
      check(root, part, value, at, errors);
    }
    String type = s.path("type").asText("");
    switch (type) {
      case "object" -> {
        if (!value.isObject()) {
          errors.add(at + ": not an object");
          return;
        }
        for (JsonNode required : s.path("required")) {
          if (!value.has(required.asText())) {
            errors.add(at + ": missing " + required.asText());
          }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = value.properties().iterator();
            it.hasNext(); ) {
          Map.Entry<String, JsonNode> field = it.next();
          String child = at + "/" + field.getKey();
          if (s.path("propertyNames").has("pattern")
              && !Pattern.compile(s.get("propertyNames").get("pattern").asText())
                  .matcher(field.getKey())
                  .find()) {
            errors.add(
                child + ": name does not match " + s.get("propertyNames").get("pattern").asText());
          }
          if (s.path("properties").has(field.getKey())) {
            check(root, s.get("properties").get(field.getKey()), field.getValue(), child, errors);
          } else if (s.path("additionalProperties").isObject()) {
            check(root, s.get("additionalProperties"), field.getValue(), child, errors);
          } else if (s.path("additionalProperties").isBoolean()
              && !s.get("additionalProperties").asBoolean()) {
            errors.add(child + ": not allowed");
          }
        }
      }
      case "array" -> {
        if (!value.isArray()) {
          errors.add(at + ": not a list");
          return;
        }
        if (value.size() < s.path("minItems").asInt(0)) {
          errors.add(at + ": fewer than " + s.get("minItems").asInt() + " items");
        }
        for (int i = 0; i < value.size(); i++) {
          check(root, s.path("items"), value.get(i), at + "/" + i, errors);
        }
      }
      case "string" -> {
        if (!value.isTextual()) {
          errors.add(at + ": not a string");
          return;
        }
        if (s.has("pattern")
            && !Pattern.compile(s.get("pattern").asText()).matcher(value.asText()).find()) {
          errors.add(at + ": does not match " + s.get("pattern").asText());
        }
      }
      case "integer" -> {
        if (!value.isIntegralNumber()) {
          errors.add(at + ": not a whole number");
          return;
        }
        if (s.has("minimum") && value.asLong() < s.get("minimum").asLong()
            || s.has("maximum") && value.asLong() > s.get("maximum").asLong()) {
          errors.add(at + ": out of range");
        }
      }
      default -> {}
    }
    if (s.has("enum")) {
      boolean found = false;
      for (JsonNode allowed : s.get("enum")) {
        found |= allowed.equals(value);
      }
      if (!found) {
        errors.add(at + ": not one of " + s.get("enum"));
      }
    }
  }

  private static JsonNode resolve(JsonNode root, JsonNode node) {
    JsonNode current = node;
    while (current.has("$ref")) {
      current = root.at(current.get("$ref").asText().substring(1));
    }
    if (!current.has("type") && current.path("allOf").size() == 1) {
      return resolve(root, current.get("allOf").get(0));
    }
    return current;
  }

  private interface Visitor {
    void visit(JsonNode node, String where);
  }

  private static void walk(JsonNode node, String where, Visitor visitor) {
    if (node.isObject()) {
      visitor.visit(node, where);
      node.properties()
          .iterator()
          .forEachRemaining(e -> walk(e.getValue(), where + "/" + e.getKey(), visitor));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), where + "/" + i, visitor);
      }
    }
  }
}
