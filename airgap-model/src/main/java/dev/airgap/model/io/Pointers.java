package dev.airgap.model.io;

/** RFC 6901 JSON pointers. */
public final class Pointers {
  private Pointers() {}

  /** Appends one reference token, escaping {@code ~} and {@code /}. */
  public static String child(String parent, String token) {
    return parent + "/" + token.replace("~", "~0").replace("/", "~1");
  }

  public static String child(String parent, int index) {
    return parent + "/" + index;
  }

  /** Whether {@code pointer} is {@code ancestor} or lies under it. */
  public static boolean isAtOrUnder(String pointer, String ancestor) {
    return pointer.equals(ancestor) || pointer.startsWith(ancestor + "/") || ancestor.isEmpty();
  }
}
