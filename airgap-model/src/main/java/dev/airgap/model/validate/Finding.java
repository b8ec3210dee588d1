package dev.airgap.model.validate;

import dev.airgap.model.io.SourceLocation;
import java.util.Comparator;
import java.util.Optional;

/**
 * One problem, located twice: by JSON pointer into the model and by file position.
 *
 * @param ruleId the rule that found it
 * @param severity effective severity
 * @param pointer RFC 6901 pointer of the node at fault ({@code ""} is the whole document)
 * @param message what is wrong, in the user's terms, with the value
 * @param hint what to do, or empty
 * @param location where the node at fault starts
 */
public record Finding(
    String ruleId,
    Severity severity,
    String pointer,
    String message,
    String hint,
    SourceLocation location) {

  /** File, line, column, then rule id, then pointer: the order users read and CI annotates. */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::location)
          .thenComparing(Finding::ruleId)
          .thenComparing(Finding::pointer)
          .thenComparing(Finding::message);

  public Finding {
    hint = hint == null ? "" : hint;
  }

  public Optional<String> hintText() {
    return hint.isEmpty() ? Optional.empty() : Optional.of(hint);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }
}
