package dev.airgap.generator.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Deterministic minified JSON of policy trees (maps, lists, strings, numbers, booleans).
 *
 * <p>Key order is the maps' own iteration order, so callers build trees from {@code LinkedHashMap}
 * or {@code TreeMap}. AWS measures policy limits on the document as sent, and CloudFormation, the
 * SDK and the CLI do not strip whitespace (docs/aws-facts.md §6.1), so sizes are always taken from
 * this form.
 */
public final class MinifiedJson {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);

  private MinifiedJson() {}

  /** The tree as JSON without insignificant whitespace. */
  public static String write(Object tree) {
    try {
      return MAPPER.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "not a JSON tree of maps, lists and scalars: " + e.getMessage(), e);
    }
  }

  /**
   * Length of the minified document in characters (Unicode code points), the unit of the
   * Organizations policy limits (docs/aws-facts.md §4.6, §6.1).
   */
  public static int length(Object tree) {
    String json = write(tree);
    return json.codePointCount(0, json.length());
  }
}
