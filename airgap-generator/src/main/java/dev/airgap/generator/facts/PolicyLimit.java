package dev.airgap.generator.facts;

import java.util.Optional;

/**
 * A property that carries a policy document, and the size AWS accepts for it.
 *
 * @param property the top-level property under {@code Properties}
 * @param when the limit applies only when another property has this value (one resource type,
 *     {@code AWS::Organizations::Policy}, holds documents of different kinds and limits)
 * @param document what the document is called in a finding, e.g. {@code key policy}
 * @param measure how AWS counts the size
 * @param limit the largest size AWS accepts, in the unit of {@code measure}
 */
public record PolicyLimit(
    String property, Optional<PropertyEquals> when, String document, Measure measure, int limit) {

  static PolicyLimit of(String property, String document, Measure measure, int limit) {
    return new PolicyLimit(property, Optional.empty(), document, measure, limit);
  }

  static PolicyLimit when(
      PropertyEquals when, String property, String document, Measure measure, int limit) {
    return new PolicyLimit(property, Optional.of(when), document, measure, limit);
  }

  /**
   * How a size is counted. AWS measures documents without the whitespace CloudFormation may add.
   */
  public enum Measure {
    /** Characters of the value written as minified JSON. */
    MINIFIED_JSON_CHARACTERS("characters"),
    /** UTF-8 bytes of the value written as minified JSON. */
    MINIFIED_JSON_BYTES("bytes"),
    /**
     * Characters of a string value that already is the document (a custom resource passes it as
     * text).
     */
    TEXT_CHARACTERS("characters");

    private final String unit;

    Measure(String unit) {
      this.unit = unit;
    }

    public String unit() {
      return unit;
    }
  }
}
