package dev.airgap.generator.diff;

import java.util.Locale;

/**
 * What a change does to a deployed resource, least to most severe (cloudformation-diff's {@code
 * ResourceImpact}). A resource takes the worst impact of its property changes.
 */
public enum Impact {
  NO_CHANGE,
  UPDATE,
  CREATE,
  /** A create-only property changes to or from a value only known at deploy time (an intrinsic). */
  MAY_REPLACE,
  REPLACE,
  /**
   * A resource with {@code DeletionPolicy: Retain} leaves the template: it stays in AWS, unmanaged.
   */
  ORPHAN,
  DESTROY;

  /** The more severe of the two. */
  public Impact worst(Impact other) {
    return other.compareTo(this) > 0 ? other : this;
  }

  /** Lower-case words for reports: {@code may replace}. */
  public String word() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
