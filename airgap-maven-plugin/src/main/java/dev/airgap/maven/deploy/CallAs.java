package dev.airgap.maven.deploy;

/** Who calls StackSets; passed on every StackSet call, reads included (facts §8.7). */
public enum CallAs {
  SELF,
  DELEGATED_ADMIN;

  public static CallAs parse(String text) {
    if (text == null || text.isBlank()) {
      return SELF;
    }
    String t = text.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
    if (t.equals("MANAGEMENT")) {
      return SELF;
    }
    return valueOf(t);
  }
}
