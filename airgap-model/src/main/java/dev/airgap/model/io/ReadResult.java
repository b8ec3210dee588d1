package dev.airgap.model.io;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.validate.Finding;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The outcome of reading airgap.yaml.
 *
 * @param model the bound model; empty when the file could not be parsed at all
 * @param sourceMap pointer to position
 * @param findings reading and binding problems (AG0xxx)
 * @param unusablePointers values that failed to bind; rules must not read them
 * @param writtenPointers values the user wrote (as opposed to defaults)
 */
public record ReadResult(
    Optional<AirGapModel> model,
    SourceMap sourceMap,
    List<Finding> findings,
    Set<String> unusablePointers,
    Set<String> writtenPointers) {

  public ReadResult {
    findings = List.copyOf(findings);
    unusablePointers = Set.copyOf(unusablePointers);
    writtenPointers = Set.copyOf(writtenPointers);
  }

  static ReadResult unreadable(String file, String message) {
    SourceLocation start = new SourceLocation(file, 1, 1);
    Finding finding =
        new Finding(
            ParseProblem.YAML_SYNTAX.info().id(),
            ParseProblem.YAML_SYNTAX.info().defaultSeverity(),
            "",
            message,
            "check airgap.model points at your airgap.yaml",
            start);
    return new ReadResult(
        Optional.empty(), SourceMap.empty(file), List.of(finding), Set.of(""), Set.of());
  }

  /** Whether the value at {@code pointer} and all its ancestors were bound without error. */
  public boolean isUsable(String pointer) {
    for (String bad : unusablePointers) {
      if (Pointers.isAtOrUnder(pointer, bad)) {
        return false;
      }
    }
    return true;
  }
}
