package dev.airgap.maven;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Everything {@code diff} needs, checked.
 *
 * @param model the model
 * @param outputDirectory the committed output to compare with
 * @param outputDisplay how the report names it
 * @param markdown markdown (for a pull-request comment) instead of plain text
 * @param reportFile where to write the report too; empty for the log only
 */
public record DiffRequest(
    ModelSource model,
    Path outputDirectory,
    String outputDisplay,
    boolean markdown,
    Optional<Path> reportFile) {

  /** {@code plain} (also accepted as {@code human}, validate's default) or {@code markdown}. */
  static boolean markdown(String format) {
    return ParameterException.oneOf(
            PropertyNames.FORMAT, format, List.of("plain", "markdown", "human"))
        .equals("markdown");
  }
}
