package dev.airgap.generator.diff;

/**
 * One changed value inside a resource, parameter or output.
 *
 * @param path where, e.g. {@code LockConfiguration.MinRetentionDays} or {@code
 *     AccessPolicy.Statement[1].Action}; attributes outside {@code Properties} are named as such
 *     ({@code DeletionPolicy})
 * @param kind added, removed or modified
 * @param before compact JSON of the old value, empty when added
 * @param after compact JSON of the new value, empty when removed
 * @param impact {@link Impact#UPDATE}, or a replacement from {@link ReplacementRules}
 */
public record PropertyChange(
    String path, ChangeKind kind, String before, String after, Impact impact) {
  public PropertyChange {
    if (path == null || kind == null || before == null || after == null || impact == null) {
      throw new IllegalArgumentException("no nulls in a PropertyChange");
    }
  }

  /** Whether this change alone replaces the resource (or may). */
  public boolean requiresReplacement() {
    return impact == Impact.REPLACE || impact == Impact.MAY_REPLACE;
  }
}
