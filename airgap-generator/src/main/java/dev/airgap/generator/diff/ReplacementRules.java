package dev.airgap.generator.diff;

import com.fasterxml.jackson.databind.JsonNode;
import dev.airgap.generator.facts.ResourceFact;
import dev.airgap.generator.facts.ResourceFacts;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Whether a change replaces a resource, from the create-only properties in {@link ResourceFacts}
 * (read from the official resource schemas). A type airgap does not emit has no row and is assumed
 * to update in place.
 */
public final class ReplacementRules {
  private ReplacementRules() {}

  /** Type to create-only top-level property names (both sorted), for the types that have any. */
  public static Map<String, List<String>> createOnlyProperties() {
    Map<String, List<String>> table = new TreeMap<>();
    for (ResourceFact fact : ResourceFacts.all()) {
      if (!fact.createOnlyProperties().isEmpty()) {
        table.put(fact.type(), fact.createOnlyProperties());
      }
    }
    return Collections.unmodifiableMap(table);
  }

  /**
   * Whether changing {@code property} (a top-level name under {@code Properties}) replaces the
   * resource.
   */
  public static boolean isCreateOnly(String type, String property) {
    return ResourceFacts.isCreateOnly(type, property);
  }

  /**
   * The impact of changing a top-level property from {@code before} to {@code after} (either may be
   * {@code null} when absent): {@link Impact#REPLACE} for a create-only property, {@link
   * Impact#MAY_REPLACE} when one side is an intrinsic function whose value is only known at deploy
   * time, {@link Impact#UPDATE} otherwise.
   */
  public static Impact impactOf(String type, String property, JsonNode before, JsonNode after) {
    if (!isCreateOnly(type, property)) {
      return Impact.UPDATE;
    }
    return containsIntrinsic(before) || containsIntrinsic(after)
        ? Impact.MAY_REPLACE
        : Impact.REPLACE;
  }

  /** Whether the value is or contains {@code Ref} or {@code Fn::…}. */
  static boolean containsIntrinsic(JsonNode node) {
    if (node == null) {
      return false;
    }
    if (node.isObject()) {
      var names = node.fieldNames();
      while (names.hasNext()) {
        String name = names.next();
        if (name.equals("Ref") || name.startsWith("Fn::") || containsIntrinsic(node.get(name))) {
          return true;
        }
      }
      return false;
    }
    if (node.isArray()) {
      for (JsonNode element : node) {
        if (containsIntrinsic(element)) {
          return true;
        }
      }
    }
    return false;
  }
}
