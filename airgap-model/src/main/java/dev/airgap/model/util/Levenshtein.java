package dev.airgap.model.util;

/**
 * Edit distance for "did you mean" hints: inputs are short names, so the quadratic time is fine.
 */
public final class Levenshtein {
  private Levenshtein() {}

  /**
   * The fewest single-character insertions, deletions and substitutions that turn {@code a} into
   * {@code b}.
   */
  public static int distance(String a, String b) {
    // Two rows instead of the whole table: only the previous row is ever read.
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
