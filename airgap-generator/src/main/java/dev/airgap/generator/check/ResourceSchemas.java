package dev.airgap.generator.check;

import com.fasterxml.jackson.databind.JsonNode;
import dev.airgap.generator.facts.BundledSchemas;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A small, fast validator for the official CloudFormation resource schemas (copied from
 * ../shared/cfn-schemas into this module's resources). It knows the keywords those schemas use:
 * type, properties, required, additionalProperties, patternProperties, enum, pattern,
 * min/maxLength, minimum/maximum, min/maxItems, items, $ref to definitions, anyOf. Wherever a value
 * goes, an intrinsic function ({@code Ref}, {@code Fn::…}) is accepted, since its value is known
 * only at deploy time.
 */
public final class ResourceSchemas {
  private static final Map<String, Optional<Pattern>> PATTERNS = new ConcurrentHashMap<>();

  private ResourceSchemas() {}

  /** The schema of a type, if this module carries it. */
  public static Optional<JsonNode> schema(String type) {
    return BundledSchemas.schema(type);
  }

  /** Every violation of {@code properties} against the type's schema, as "path: problem". */
  public static List<String> validate(String type, JsonNode properties) {
    List<String> problems = new ArrayList<>();
    Optional<JsonNode> schema = schema(type);
    if (schema.isEmpty()) {
      problems.add("/: no schema bundled for " + type);
      return problems;
    }
    JsonNode root = schema.get();
    // Read-only properties are outputs; setting one is an error, so check them like unknown keys.
    List<String> readOnly = new ArrayList<>();
    root.path("readOnlyProperties")
        .forEach(p -> readOnly.add(p.asText().replace("/properties/", "")));
    properties
        .fieldNames()
        .forEachRemaining(
            name -> {
              if (readOnly.contains(name)) {
                problems.add("/" + name + ": is read-only");
              }
            });
    check(root, root, properties, "", problems);
    return problems;
  }

  static boolean isIntrinsic(JsonNode value) {
    if (!value.isObject() || value.size() != 1) {
      return false;
    }
    String key = value.fieldNames().next();
    return key.equals("Ref") || key.startsWith("Fn::");
  }

  private static void check(
      JsonNode root, JsonNode schema, JsonNode value, String path, List<String> problems) {
    if (isIntrinsic(value)) {
      return;
    }
    if (schema.has("$ref")) {
      String ref = schema.get("$ref").asText();
      JsonNode target = root.at(ref.substring(1));
      if (target.isMissingNode()) {
        problems.add(path + ": unresolvable schema reference " + ref);
        return;
      }
      check(root, target, value, path, problems);
    }
    if (schema.has("anyOf")) {
      boolean any = false;
      for (JsonNode alternative : schema.get("anyOf")) {
        List<String> sub = new ArrayList<>();
        check(root, alternative, value, path, sub);
        any |= sub.isEmpty();
      }
      if (!any) {
        problems.add(path + ": matches none of the allowed forms");
      }
    }
    if (schema.has("type") && !typeMatches(schema.get("type"), value)) {
      problems.add(path + ": expected " + schema.get("type") + ", found " + describe(value));
      return;
    }
    if (schema.has("enum")) {
      boolean found = false;
      for (JsonNode allowed : schema.get("enum")) {
        found |=
            allowed.equals(value)
                || (value.isValueNode() && allowed.asText().equals(value.asText()));
      }
      if (!found) {
        problems.add(path + ": '" + value.asText() + "' is not one of " + schema.get("enum"));
      }
    }
    if (value.isTextual()) {
      String text = value.asText();
      if (schema.has("minLength") && text.length() < schema.get("minLength").asInt()) {
        problems.add(path + ": shorter than " + schema.get("minLength").asInt());
      }
      if (schema.has("maxLength") && text.length() > schema.get("maxLength").asInt()) {
        problems.add(
            path + ": longer than " + schema.get("maxLength").asInt() + " (" + text.length() + ")");
      }
      if (schema.has("pattern")) {
        pattern(schema.get("pattern").asText())
            .ifPresent(
                p -> {
                  if (!p.matcher(text).find()) {
                    problems.add(path + ": '" + text + "' does not match " + p.pattern());
                  }
                });
      }
    }
    if (value.isNumber()) {
      if (schema.has("minimum") && value.asDouble() < schema.get("minimum").asDouble()) {
        problems.add(path + ": below the minimum " + schema.get("minimum"));
      }
      if (schema.has("maximum") && value.asDouble() > schema.get("maximum").asDouble()) {
        problems.add(path + ": above the maximum " + schema.get("maximum"));
      }
    }
    if (value.isArray()) {
      if (schema.has("minItems") && value.size() < schema.get("minItems").asInt()) {
        problems.add(path + ": fewer than " + schema.get("minItems") + " items");
      }
      if (schema.has("maxItems") && value.size() > schema.get("maxItems").asInt()) {
        problems.add(path + ": more than " + schema.get("maxItems") + " items");
      }
      if (schema.has("items")) {
        for (int i = 0; i < value.size(); i++) {
          check(root, schema.get("items"), value.get(i), path + "/" + i, problems);
        }
      }
    }
    if (value.isObject()) {
      JsonNode props = schema.path("properties");
      for (JsonNode required : schema.path("required")) {
        if (!value.has(required.asText())) {
          problems.add(path + ": missing required property " + required.asText());
        }
      }
      Iterator<Map.Entry<String, JsonNode>> fields = value.properties().iterator();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        String childPath = path + "/" + field.getKey();
        if (props.has(field.getKey())) {
          check(root, props.get(field.getKey()), field.getValue(), childPath, problems);
          continue;
        }
        boolean matched = false;
        Iterator<Map.Entry<String, JsonNode>> patterns =
            schema.path("patternProperties").properties().iterator();
        while (patterns.hasNext()) {
          Map.Entry<String, JsonNode> pp = patterns.next();
          Optional<Pattern> p = pattern(pp.getKey());
          if (p.isEmpty() || p.get().matcher(field.getKey()).find()) {
            matched = true;
            check(root, pp.getValue(), field.getValue(), childPath, problems);
          }
        }
        JsonNode additional = schema.get("additionalProperties");
        if (!matched && additional != null) {
          if (additional.isBoolean() && !additional.asBoolean()) {
            problems.add(childPath + ": unknown property");
          } else if (additional.isObject()) {
            check(root, additional, field.getValue(), childPath, problems);
          }
        }
      }
    }
  }

  private static Optional<Pattern> pattern(String regex) {
    return PATTERNS.computeIfAbsent(
        regex,
        r -> {
          try {
            return Optional.of(Pattern.compile(r));
          } catch (PatternSyntaxException e) {
            return Optional.empty(); // a pattern Java cannot read is not ours to enforce
          }
        });
  }

  private static boolean typeMatches(JsonNode type, JsonNode value) {
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (typeMatches(t, value)) {
          return true;
        }
      }
      return false;
    }
    return switch (type.asText()) {
      case "string" -> value.isTextual();
      case "integer" -> value.isIntegralNumber();
      case "number" -> value.isNumber();
      case "boolean" -> value.isBoolean();
      case "object" -> value.isObject();
      case "array" -> value.isArray();
      case "null" -> value.isNull();
      default -> true;
    };
  }

  private static String describe(JsonNode value) {
    if (value.isTextual()) {
      return "a string";
    } else if (value.isNumber()) {
      return "a number";
    } else if (value.isBoolean()) {
      return "a boolean";
    } else if (value.isArray()) {
      return "a list";
    } else if (value.isObject()) {
      return "a map";
    }
    return value.getNodeType().name().toLowerCase(Locale.ROOT);
  }
}
