package dev.airgap.generator.units;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The part of EventBridge's content filtering that the tamper rule uses (exact values, exists,
 * anything-but with values or wildcard, wildcard, $or), so tests can feed CloudTrail events to
 * the generated pattern. EventBridge User Guide, "Content filtering in event patterns".
 */
final class EventPatternMatcher {
  private EventPatternMatcher() {}

  static boolean matches(JsonNode pattern, JsonNode event) {
    Iterator<Map.Entry<String, JsonNode>> fields = pattern.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> f = fields.next();
      if (f.getKey().equals("$or")) {
        boolean any = false;
        for (JsonNode alternative : f.getValue()) {
          any |= matches(alternative, event);
        }
        if (!any) {
          return false;
        }
        continue;
      }
      JsonNode value = event == null ? null : event.get(f.getKey());
      if (f.getValue().isObject()) {
        if (value == null || !value.isObject() || !matches(f.getValue(), value)) {
          return false;
        }
      } else if (!matchesAny(f.getValue(), value)) {
        return false;
      }
    }
    return true;
  }

  private static boolean matchesAny(JsonNode matchers, JsonNode value) {
    List<JsonNode> values = new ArrayList<>();
    if (value != null && value.isArray()) {
      value.forEach(values::add);
    } else if (value != null && !value.isNull()) {
      values.add(value);
    }
    for (JsonNode m : matchers) {
      if (m.isObject() && m.has("exists")) {
        if (m.get("exists").asBoolean() == !values.isEmpty()) {
          return true;
        }
        continue;
      }
      for (JsonNode v : values) {
        if (matchOne(m, v)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean matchOne(JsonNode m, JsonNode v) {
    if (!m.isObject()) {
      return m.asText().equals(v.asText());
    }
    if (m.has("wildcard")) {
      return wildcard(m.get("wildcard"), v.asText());
    }
    if (m.has("anything-but")) {
      JsonNode but = m.get("anything-but");
      if (but.isObject() && but.has("wildcard")) {
        return !wildcard(but.get("wildcard"), v.asText());
      }
      if (but.isArray()) {
        for (JsonNode b : but) {
          if (b.asText().equals(v.asText())) {
            return false;
          }
        }
        return true;
      }
      return !but.asText().equals(v.asText());
    }
    throw new IllegalArgumentException("matcher not supported here: " + m);
  }

  private static boolean wildcard(JsonNode patterns, String text) {
    List<String> all = new ArrayList<>();
    if (patterns.isArray()) {
      patterns.forEach(p -> all.add(p.asText()));
    } else {
      all.add(patterns.asText());
    }
    for (String p : all) {
      if (Pattern.compile(Pattern.quote(p).replace("*", "\\E.*\\Q")).matcher(text).matches()) {
        return true;
      }
    }
    return false;
  }
}
