package dev.airgap.generator.diff;

import java.util.Map;
import java.util.Optional;

/**
 * Marks for the units of the recovery side (issue 12), shown next to the unit in the reviewer diff
 * so that a reviewer knows which stacks are about getting data back rather than keeping it. Keyed
 * by unit id (the template's file stem) and nothing else, so a unit added later gets its mark by a
 * row here.
 */
public final class UnitMarks {
  private UnitMarks() {}

  private static final Map<String, String> MARKS =
      Map.of(
          "approval-team", "recovery: multi-party approval team",
          "break-glass", "recovery: break-glass roles",
          "break-glass-identity-center", "recovery: break-glass through Identity Center",
          "job-events", "recovery: organization-wide job events",
          "restore-testing", "recovery: restore testing");

  /** The mark of a unit, if it has one. */
  public static Optional<String> of(String unitId) {
    return Optional.ofNullable(MARKS.get(unitId));
  }

  /** {@code " [mark]"}, or nothing for an unmarked unit. */
  static String suffix(String unitId) {
    return of(unitId).map(m -> " [" + m + "]").orElse("");
  }
}
