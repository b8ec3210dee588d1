package dev.airgap.model.validate;

/** What a rule can see besides the model, and where it reports. */
public interface RuleContext {

  /** Whether the value at {@code pointer} was bound without error (and is present or defaulted). */
  boolean isUsable(String pointer);

  /** Whether the user wrote the value at {@code pointer} (as opposed to a default). */
  boolean isWritten(String pointer);

  /** Reports a finding of the current rule at {@code pointer}. */
  void report(String pointer, String message, String hint);

  default void report(String pointer, String message) {
    report(pointer, message, "");
  }

  /** Every string scalar of the file as written, by pointer (sorted). */
  default java.util.Map<String, String> writtenStrings() {
    return java.util.Map.of();
  }
}
