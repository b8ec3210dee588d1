package dev.airgap.maven;

/**
 * A failure of a goal that is not a finding: bad configuration, a missing file, I/O, an external
 * tool. Subclasses carry data, not sentences; {@link MojoErrors} writes the words and the hint.
 */
public abstract class GoalException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  protected GoalException(String message, Throwable cause) {
    super(message, cause);
  }
}
