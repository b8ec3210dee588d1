package dev.airgap.maven;

import java.util.List;

/** A parameter has a value the goal does not accept: a user mistake. */
public final class ParameterException extends GoalException {
  private static final long serialVersionUID = 1L;
  private final String property;
  private final String value;
  private final List<String> allowed;

  public ParameterException(String property, String value, List<String> allowed) {
    super(property + "=" + value, null);
    this.property = property;
    this.value = value;
    this.allowed = List.copyOf(allowed);
  }

  public String property() {
    return property;
  }

  public String value() {
    return value;
  }

  public List<String> allowed() {
    return allowed;
  }

  /** Parses {@code value} as one of {@code allowed} (case-insensitive), or throws. */
  public static String oneOf(String property, String value, List<String> allowed) {
    String trimmed = value == null ? "" : value.trim().toLowerCase(java.util.Locale.ROOT);
    if (!allowed.contains(trimmed)) {
      throw new ParameterException(property, value == null ? "" : value, allowed);
    }
    return trimmed;
  }
}
