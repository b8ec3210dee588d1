package dev.airgap.generator.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The generic half of the template diff: reads CloudFormation template text (YAML or JSON),
 * normalises equivalent forms, and walks two JSON trees down to the deepest paths that differ. It
 * knows CloudFormation's syntax (sections, intrinsic functions, {@code DependsOn}, {@code
 * Fn::GetAtt}) but nothing about airgap: what a change means is {@link ChangeClassifier}'s.
 */
final class StructuralDiff {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_VALUE_CHARS = 100;

  private StructuralDiff() {}

  /** How much a change at {@code path} costs; the generic walk asks, the classifier answers. */
  interface ImpactFn {
    Impact of(String path, JsonNode before, JsonNode after);
  }

  /** Parameters and Outputs: named entries compared attribute by attribute. */
  static void diffNamed(ObjectNode before, ObjectNode after, List<PropertyChange> out) {
    for (String name : union(before, after)) {
      diffValues(name, before.get(name), after.get(name), (p, b, a) -> Impact.UPDATE, out);
    }
  }

  /** Walks two values and records the deepest paths that differ. */
  static void diffValues(
      String path, JsonNode before, JsonNode after, ImpactFn impact, List<PropertyChange> out) {
    if (before == null && after == null || before != null && before.equals(after)) {
      return;
    }
    if (before == null) {
      out.add(
          new PropertyChange(
              path, ChangeKind.ADDED, "", compact(after), impact.of(path, null, after)));
      return;
    }
    if (after == null) {
      out.add(
          new PropertyChange(
              path, ChangeKind.REMOVED, compact(before), "", impact.of(path, before, null)));
      return;
    }
    if (before.isObject() && after.isObject() && !isIntrinsic(before) && !isIntrinsic(after)) {
      for (String key : union((ObjectNode) before, (ObjectNode) after)) {
        diffValues(path + "." + key, before.get(key), after.get(key), impact, out);
      }
      return;
    }
    if (before.isArray() && after.isArray() && before.size() == after.size()) {
      for (int i = 0; i < before.size(); i++) {
        diffValues(path + "[" + i + "]", before.get(i), after.get(i), impact, out);
      }
      return;
    }
    out.add(
        new PropertyChange(
            path,
            ChangeKind.MODIFIED,
            compact(before),
            compact(after),
            impact.of(path, before, after)));
  }

  static boolean isIntrinsic(JsonNode node) {
    if (node.size() != 1) {
      return false;
    }
    String name = node.fieldNames().next();
    return name.equals("Ref") || name.startsWith("Fn::") || name.equals("Condition");
  }

  static ObjectNode parse(Optional<String> text) throws JsonProcessingException {
    if (text.isEmpty() || text.get().isBlank()) {
      return JsonNodeFactory.instance.objectNode();
    }
    JsonNode node = YAML.readTree(text.get());
    if (node == null || node.isMissingNode() || node.isNull()) {
      return JsonNodeFactory.instance.objectNode();
    }
    if (!node.isObject()) {
      throw new IllegalArgumentException("the top level is not a mapping");
    }
    return (ObjectNode) node;
  }

  /**
   * Normalises a copy so that equivalent templates compare equal (cloudformation-diff's {@code
   * lib/diff-template.ts} does the same): {@code DependsOn} as a sorted list, {@code Fn::GetAtt} in
   * list form.
   */
  static ObjectNode normalise(ObjectNode template) {
    ObjectNode copy = template.deepCopy();
    JsonNode resources = copy.get("Resources");
    if (resources != null && resources.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> it = resources.properties().iterator();
      while (it.hasNext()) {
        JsonNode resource = it.next().getValue();
        if (!resource.isObject()) {
          throw new IllegalArgumentException("a resource is not a mapping");
        }
        JsonNode dependsOn = resource.get("DependsOn");
        if (dependsOn != null) {
          TreeSet<String> names = new TreeSet<>();
          if (dependsOn.isArray()) {
            dependsOn.forEach(n -> names.add(n.asText()));
          } else {
            names.add(dependsOn.asText());
          }
          ArrayNode sorted = ((ObjectNode) resource).putArray("DependsOn");
          names.forEach(sorted::add);
        }
      }
    }
    normaliseGetAtt(copy);
    return copy;
  }

  private static void normaliseGetAtt(JsonNode node) {
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      JsonNode getAtt = object.get("Fn::GetAtt");
      if (getAtt != null && getAtt.isTextual() && getAtt.asText().contains(".")) {
        String text = getAtt.asText();
        int dot = text.indexOf('.');
        ArrayNode list = object.putArray("Fn::GetAtt");
        list.add(text.substring(0, dot));
        list.add(text.substring(dot + 1));
      }
      object.forEach(StructuralDiff::normaliseGetAtt);
    } else if (node.isArray()) {
      node.forEach(StructuralDiff::normaliseGetAtt);
    }
  }

  static ObjectNode section(ObjectNode template, String name) {
    return objectOrEmpty(template.get(name));
  }

  static ObjectNode objectOrEmpty(JsonNode node) {
    if (node == null || node.isNull()) {
      return JsonNodeFactory.instance.objectNode();
    }
    if (!node.isObject()) {
      throw new IllegalArgumentException("expected a mapping, found " + node.getNodeType());
    }
    return (ObjectNode) node;
  }

  static Set<String> union(ObjectNode a, ObjectNode b) {
    TreeSet<String> keys = new TreeSet<>();
    a.fieldNames().forEachRemaining(keys::add);
    b.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null ? "" : value.asText();
  }

  static String topName(String path) {
    int end = path.length();
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '.' || c == '[') {
        end = i;
        break;
      }
    }
    return path.substring(0, end);
  }

  /** Compact JSON, shortened for one report line. */
  static String compact(JsonNode node) {
    if (node == null) {
      return "";
    }
    String text =
        node instanceof TextNode
            ? JSON.getNodeFactory().textNode(node.asText()).toString()
            : node.toString();
    return text.length() <= MAX_VALUE_CHARS ? text : text.substring(0, MAX_VALUE_CHARS - 1) + "…";
  }

  static String firstLine(String message) {
    if (message == null) {
      return "unknown problem";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
