package dev.airgap.generator.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders an {@link OutputDiff} for reviewers, in the order they should read it: irreversible
 * changes (in capitals), then security-relevant changes (locks, policies, vaults and keys replaced
 * or removed), then unit by unit its Parameters, Resources and Outputs, then other files, then a
 * one-line summary. Every line carries a text marker ({@code [+]}, {@code [-]}, {@code [~]}), so
 * nothing depends on colour (style.md §6).
 */
public final class DiffRenderer {
  private DiffRenderer() {}

  private record Line(ChangeKind kind, String text) {
    static Line of(String text) {
      return new Line(null, text);
    }
  }

  /** Plain text for a terminal or a build log; LF line endings. */
  public static String plain(OutputDiff diff, String title) {
    StringBuilder out = new StringBuilder();
    for (Line line : lines(diff, title)) {
      out.append(line.text).append('\n');
    }
    return out.toString();
  }

  /**
   * Markdown for a pull-request comment: a heading, the IRREVERSIBLE warnings in bold, the report
   * in a fenced {@code diff} block (so {@code +}/{@code -} lines are highlighted) and the summary.
   */
  public static String markdown(OutputDiff diff, String title) {
    StringBuilder out = new StringBuilder();
    out.append("### ").append(title).append("\n\n");
    for (Map.Entry<TemplateDiff, ResourceChange> e : diff.irreversible()) {
      out.append("> **IRREVERSIBLE**: `")
          .append(e.getKey().unit())
          .append("` ")
          .append(e.getValue().type())
          .append(' ')
          .append(e.getValue().logicalId())
          .append(": ")
          .append(e.getValue().irreversibleReason())
          .append("\n");
    }
    if (!diff.irreversible().isEmpty()) {
      out.append('\n');
    }
    List<Line> lines = lines(diff, title);
    if (!diff.isEmpty()) {
      out.append("```diff\n");
      // Skip the title and the summary: they are outside the block.
      for (Line line : lines.subList(1, lines.size() - 1)) {
        if (line.text.isEmpty()) {
          out.append('\n');
          continue;
        }
        String prefix = line.kind == null ? " " : line.kind.diffPrefix();
        out.append(prefix).append(' ').append(line.text).append('\n');
      }
      out.append("```\n\n");
    }
    out.append(lines.get(lines.size() - 1).text).append('\n');
    return out.toString();
  }

  private static List<Line> lines(OutputDiff diff, String title) {
    List<Line> out = new ArrayList<>();
    out.add(Line.of(title));
    if (diff.isEmpty()) {
      out.add(Line.of(summary(diff)));
      return out;
    }
    for (Map.Entry<TemplateDiff, ResourceChange> e : diff.irreversible()) {
      ResourceChange r = e.getValue();
      out.add(
          new Line(
              r.kind(),
              "IRREVERSIBLE: "
                  + e.getKey().unit()
                  + ": "
                  + r.type()
                  + " "
                  + r.logicalId()
                  + where(r)
                  + ": "
                  + r.irreversibleReason()));
    }
    List<Line> security = new ArrayList<>();
    for (TemplateDiff t : diff.templates()) {
      for (ResourceChange r : t.resources()) {
        if (r.securityRelevant()) {
          security.add(
              new Line(
                  r.kind(),
                  "  " + t.unit() + UnitMarks.suffix(t.unit()) + ": " + resourceHeader(r)));
        }
      }
    }
    if (!security.isEmpty()) {
      out.add(Line.of(""));
      out.add(Line.of("Security-relevant changes (review these first):"));
      out.addAll(security);
    }
    for (TemplateDiff t : diff.templates()) {
      if (t.isEmpty() && t.kind() == ChangeKind.MODIFIED) {
        continue;
      }
      out.add(Line.of(""));
      out.add(
          new Line(
              t.kind(),
              t.kind().marker()
                  + " Unit "
                  + t.unit()
                  + " ("
                  + t.file()
                  + "): "
                  + verb(t.kind())
                  + ", impact "
                  + t.impact().word()
                  + UnitMarks.suffix(t.unit())));
      if (!t.unreadable().isEmpty()) {
        out.add(Line.of("  " + t.unreadable()));
        t.textDiff().lines().forEach(l -> out.add(Line.of("    " + l)));
        continue;
      }
      section(out, "Template", t.templateChanges());
      section(out, "Parameters", t.parameters());
      if (!t.resources().isEmpty()) {
        out.add(Line.of("  Resources"));
        for (ResourceChange r : t.resources()) {
          out.add(new Line(r.kind(), "  " + resourceHeader(r)));
          tree(out, "  ", r.changes());
        }
      }
      section(out, "Outputs", t.outputs());
    }
    if (!diff.files().isEmpty()) {
      out.add(Line.of(""));
      out.add(Line.of("Other files"));
      for (FileChange f : diff.files()) {
        out.add(
            new Line(
                f.kind(), "  " + f.kind().marker() + " " + f.path() + " (" + verb(f.kind()) + ")"));
        f.unifiedDiff().lines().forEach(l -> out.add(Line.of("      " + l)));
      }
    }
    out.add(Line.of(""));
    out.add(Line.of(summary(diff)));
    return out;
  }

  private static void section(List<Line> out, String name, List<PropertyChange> changes) {
    if (changes.isEmpty()) {
      return;
    }
    out.add(Line.of("  " + name));
    for (PropertyChange c : changes) {
      out.add(new Line(c.kind(), "  " + c.kind().marker() + " " + describe(c)));
    }
  }

  private static void tree(List<Line> out, String indent, List<PropertyChange> changes) {
    for (int i = 0; i < changes.size(); i++) {
      PropertyChange c = changes.get(i);
      String branch = i == changes.size() - 1 ? " └─ " : " ├─ ";
      out.add(new Line(c.kind(), indent + branch + c.kind().marker() + " " + describe(c)));
    }
  }

  private static String resourceHeader(ResourceChange r) {
    return r.kind().marker()
        + " "
        + r.type()
        + " "
        + r.logicalId()
        + where(r)
        + "  "
        + r.impact().word()
        + (r.isIrreversible() ? "  IRREVERSIBLE" : "");
  }

  private static String where(ResourceChange r) {
    return r.modelPath().isEmpty() ? "" : "  (" + r.modelPath() + ")";
  }

  private static String describe(PropertyChange c) {
    String values =
        switch (c.kind()) {
          case ADDED -> ": " + c.after();
          case REMOVED -> ": was " + c.before();
          case MODIFIED -> ": " + c.before() + " → " + c.after();
        };
    String replacement =
        c.impact() == Impact.REPLACE
            ? " (requires replacement)"
            : c.impact() == Impact.MAY_REPLACE ? " (may require replacement)" : "";
    return c.path() + values + replacement;
  }

  private static String verb(ChangeKind kind) {
    return switch (kind) {
      case ADDED -> "added";
      case REMOVED -> "removed";
      case MODIFIED -> "modified";
    };
  }

  /** One line: what changed, in counts. */
  public static String summary(OutputDiff diff) {
    if (diff.isEmpty()) {
      return "airgap diff: no changes";
    }
    long units =
        diff.templates().stream()
            .filter(t -> !t.isEmpty() || t.kind() != ChangeKind.MODIFIED)
            .count();
    int added = 0;
    int removed = 0;
    int modified = 0;
    int replaced = 0;
    for (TemplateDiff t : diff.templates()) {
      for (ResourceChange r : t.resources()) {
        switch (r.kind()) {
          case ADDED -> added++;
          case REMOVED -> removed++;
          case MODIFIED -> modified++;
        }
        if (r.kind() == ChangeKind.MODIFIED
            && (r.impact() == Impact.REPLACE || r.impact() == Impact.MAY_REPLACE)) {
          replaced++;
        }
      }
    }
    int irreversible = diff.irreversible().size();
    return "airgap diff: "
        + units
        + (units == 1 ? " unit" : " units")
        + " changed, "
        + diff.files().size()
        + (diff.files().size() == 1 ? " other file" : " other files")
        + "; resources: "
        + added
        + " added, "
        + modified
        + " modified ("
        + replaced
        + " replaced or may be), "
        + removed
        + " removed"
        + (irreversible > 0 ? "; " + irreversible + " IRREVERSIBLE" : "");
  }
}
