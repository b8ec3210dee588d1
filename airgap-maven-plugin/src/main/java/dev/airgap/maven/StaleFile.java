package dev.airgap.maven;

/**
 * A committed output file that does not match what {@code generate} would write now.
 *
 * @param path path in the output directory, {@code /} separators
 * @param state why it is stale
 * @param diff a short unified diff from the committed to the fresh content (empty for extra files
 *     that would simply be removed)
 */
public record StaleFile(String path, State state, String diff) {

  /** Why a file is stale. */
  public enum State {
    /** Exists, with other bytes. */
    STALE,
    /** Would be generated, does not exist. */
    MISSING,
    /** Was generated before (listed in the index), would not be generated now. */
    EXTRA;

    public String word() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
