package dev.airgap.generator.diff;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The difference between two output directories, e.g. the committed {@code templates/} and a fresh
 * {@code generate}: one {@link TemplateDiff} per changed template and one {@link FileChange} per
 * other changed file, both in path order. Unchanged files are left out.
 */
public record OutputDiff(List<TemplateDiff> templates, List<FileChange> files) {
  private static final int CONTEXT_LINES = 3;
  private static final int MAX_DIFF_LINES = 40;

  public OutputDiff {
    templates = List.copyOf(templates);
    files = List.copyOf(files);
  }

  /**
   * Compares file contents by relative path ({@code /} separators). {@code .yaml}, {@code .yml} and
   * {@code .template} files are compared as CloudFormation templates when they look like one (they
   * have {@code Resources} or {@code AWSTemplateFormatVersion}); everything else as text. Never
   * throws for any content.
   */
  public static OutputDiff between(Map<String, byte[]> before, Map<String, byte[]> after) {
    TreeSet<String> paths = new TreeSet<>(before.keySet());
    paths.addAll(after.keySet());
    List<TemplateDiff> templates = new ArrayList<>();
    List<FileChange> files = new ArrayList<>();
    for (String path : paths) {
      byte[] b = before.get(path);
      byte[] a = after.get(path);
      if (b != null && a != null && Arrays.equals(a, b)) {
        continue;
      }
      Optional<String> beforeText = Optional.ofNullable(b).map(OutputDiff::utf8);
      Optional<String> afterText = Optional.ofNullable(a).map(OutputDiff::utf8);
      ChangeKind kind =
          b == null ? ChangeKind.ADDED : a == null ? ChangeKind.REMOVED : ChangeKind.MODIFIED;
      if (looksLikeTemplate(path, beforeText, afterText)) {
        TemplateDiff diff = TemplateDiff.between(path, beforeText, afterText);
        if (!diff.isEmpty() || kind != ChangeKind.MODIFIED) {
          templates.add(diff);
          continue;
        }
      }
      String text =
          UnifiedDiff.of(
              "a/" + path,
              "b/" + path,
              beforeText.orElse(""),
              afterText.orElse(""),
              CONTEXT_LINES,
              MAX_DIFF_LINES);
      files.add(new FileChange(path, kind, text));
    }
    return new OutputDiff(templates, files);
  }

  /** Whether nothing changed. */
  public boolean isEmpty() {
    return templates.stream().allMatch(TemplateDiff::isEmpty) && files.isEmpty();
  }

  /** Every resource change that cannot be undone, with its template. */
  public List<Map.Entry<TemplateDiff, ResourceChange>> irreversible() {
    List<Map.Entry<TemplateDiff, ResourceChange>> out = new ArrayList<>();
    for (TemplateDiff t : templates) {
      for (ResourceChange r : t.irreversible()) {
        out.add(Map.entry(t, r));
      }
    }
    return out;
  }

  private static boolean looksLikeTemplate(
      String path, Optional<String> before, Optional<String> after) {
    if (!(path.endsWith(".yaml") || path.endsWith(".yml") || path.endsWith(".template"))) {
      return false;
    }
    return before.map(OutputDiff::hasTemplateKey).orElse(false)
        || after.map(OutputDiff::hasTemplateKey).orElse(false);
  }

  private static boolean hasTemplateKey(String text) {
    for (String line : text.split("\n")) {
      if (line.startsWith("Resources:") || line.startsWith("AWSTemplateFormatVersion:")) {
        return true;
      }
    }
    return false;
  }

  private static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
