package dev.airgap.generator.diff;

/**
 * A changed output file that is not compared as a template (manifest, diagram, index), or a
 * template whose text changed without any structural change (a comment).
 *
 * @param path path in the output directory
 * @param kind added, removed or modified
 * @param unifiedDiff a short unified diff of the text
 */
public record FileChange(String path, ChangeKind kind, String unifiedDiff) {}
