package dev.airgap.model.validate;

/** How much a finding matters. Kept apart from the rule id so a team can re-rate a rule. */
public enum Severity {
  ERROR,
  WARNING;

  /** Lower-case word used in reports. */
  public String word() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
