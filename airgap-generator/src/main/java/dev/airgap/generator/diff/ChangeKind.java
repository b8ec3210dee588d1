package dev.airgap.generator.diff;

/** Whether something was added, removed or modified; the marker is what reports print. */
public enum ChangeKind {
  ADDED("[+]", "+"),
  REMOVED("[-]", "-"),
  MODIFIED("[~]", "!");

  private final String marker;
  private final String diffPrefix;

  ChangeKind(String marker, String diffPrefix) {
    this.marker = marker;
    this.diffPrefix = diffPrefix;
  }

  /** {@code [+]}, {@code [-]} or {@code [~]}: never colour alone (style.md §6). */
  public String marker() {
    return marker;
  }

  /** First character of a line in a fenced {@code diff} block. */
  public String diffPrefix() {
    return diffPrefix;
  }
}
