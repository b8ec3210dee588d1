package dev.airgap.model.validate;

import java.util.regex.Pattern;

/**
 * A rule's identity and documentation; {@code docs/rules.md} is rendered from these.
 *
 * @param id stable id {@code AGnnnn}; never reused or renumbered
 * @param defaultSeverity severity unless overridden
 * @param title what it checks, in a few words
 * @param why why it matters, with the source of the AWS fact
 * @param fix how to fix a finding
 */
public record RuleInfo(String id, Severity defaultSeverity, String title, String why, String fix) {
  private static final Pattern ID = Pattern.compile("^AG\\d{4}$");

  public RuleInfo {
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("rule id must look like AG1234: " + id);
    }
  }

  /** The category digit range this id falls in, for grouping in docs. */
  public String category() {
    return switch (id.charAt(2)) {
      case '0' -> "Parsing and shape";
      case '1' -> "Organization and references";
      case '2' -> "Vaults, retention and locks";
      case '3' -> "Keys";
      case '4' -> "Names, schedules and AWS limits";
      case '5' -> "Generated templates";
      default -> "Team rules";
    };
  }
}
