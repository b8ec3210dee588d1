package dev.airgap.generator.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.myers.MyersDiffWithLinearSpace;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A line-based unified diff ({@code diff -u} shape) for messages about stale files and unreadable
 * templates. java-diff-utils finds the changes; this class only lays them out, because its hunk
 * headers, merging and truncation are part of messages tests and users read.
 */
public final class UnifiedDiff {
  private UnifiedDiff() {}

  /**
   * The diff from {@code before} to {@code after}, or {@code ""} when the texts are equal.
   *
   * @param beforeName name on the {@code ---} line
   * @param afterName name on the {@code +++} line
   * @param context unchanged lines shown around each change
   * @param maxLines longest diff returned; longer ones end with {@code ... (N more lines)}
   */
  public static String of(
      String beforeName, String afterName, String before, String after, int context, int maxLines) {
    if (before.equals(after)) {
      return "";
    }
    List<String> a = lines(before);
    List<String> b = lines(after);
    List<Op> ops = script(a, b);
    List<String> out = new ArrayList<>();
    out.add("--- " + beforeName);
    out.add("+++ " + afterName);
    int i = 0;
    while (i < ops.size()) {
      if (ops.get(i).kind == ' ') {
        i++;
        continue;
      }
      int start = Math.max(0, i - context);
      int end = i;
      // Extend the hunk while the next change is within 2 * context unchanged lines.
      while (true) {
        int next = end;
        while (next < ops.size() && ops.get(next).kind != ' ') {
          next++;
        }
        int gap = next;
        while (gap < ops.size() && ops.get(gap).kind == ' ') {
          gap++;
        }
        if (gap < ops.size() && gap - next <= 2 * context) {
          end = gap;
        } else {
          end = Math.min(ops.size(), next + context);
          break;
        }
      }
      out.addAll(hunk(ops, start, end));
      i = end;
    }
    if (!before.isEmpty() && !before.endsWith("\n") || !after.isEmpty() && !after.endsWith("\n")) {
      out.add("\\ final newline differs or is missing");
    }
    if (out.size() > maxLines) {
      int more = out.size() - maxLines;
      out = new ArrayList<>(out.subList(0, maxLines));
      out.add("... (" + more + " more lines)");
    }
    return String.join("\n", out) + "\n";
  }

  private record Op(char kind, String line, int aLine, int bLine) {}

  private static List<String> hunk(List<Op> ops, int start, int end) {
    int aStart = -1;
    int bStart = -1;
    int aCount = 0;
    int bCount = 0;
    List<String> body = new ArrayList<>();
    for (int k = start; k < end; k++) {
      Op op = ops.get(k);
      if (aStart < 0) {
        aStart = op.aLine;
        bStart = op.bLine;
      }
      if (op.kind != '+') {
        aCount++;
      }
      if (op.kind != '-') {
        bCount++;
      }
      body.add(op.kind + op.line);
    }
    List<String> out = new ArrayList<>();
    out.add("@@ -" + range(aStart, aCount) + " +" + range(bStart, bCount) + " @@");
    out.addAll(body);
    return out;
  }

  /** {@code diff -u} ranges: 1-based start, and an empty range starts at the line before. */
  private static String range(int zeroBasedStart, int count) {
    int start = count == 0 ? zeroBasedStart : zeroBasedStart + 1;
    return count == 1 ? String.valueOf(start) : start + "," + count;
  }

  /**
   * The edit script from java-diff-utils (Myers in linear space), as one op per line. Only the
   * layout is airgap's: {@code diff -u}'s hunk ranges and removals before additions.
   */
  private static List<Op> script(List<String> a, List<String> b) {
    Patch<String> patch = DiffUtils.diff(a, b, MyersDiffWithLinearSpace.<String>factory().create());
    List<Op> ops = new ArrayList<>();
    int x = 0;
    int y = 0;
    for (AbstractDelta<String> delta : patch.getDeltas()) {
      for (; x < delta.getSource().getPosition(); x++, y++) {
        ops.add(new Op(' ', a.get(x), x, y));
      }
      for (String line : delta.getSource().getLines()) {
        ops.add(new Op('-', line, x++, y));
      }
      for (String line : delta.getTarget().getLines()) {
        ops.add(new Op('+', line, x, y++));
      }
    }
    for (; x < a.size(); x++, y++) {
      ops.add(new Op(' ', a.get(x), x, y));
    }
    // Adjacent deltas form one run of changes; diff -u shows all of a run's removals first.
    return reorder(ops);
  }

  private static List<Op> reorder(List<Op> ops) {
    List<Op> out = new ArrayList<>(ops.size());
    int i = 0;
    while (i < ops.size()) {
      if (ops.get(i).kind == ' ') {
        out.add(ops.get(i++));
        continue;
      }
      List<Op> minus = new ArrayList<>();
      List<Op> plus = new ArrayList<>();
      while (i < ops.size() && ops.get(i).kind != ' ') {
        (ops.get(i).kind == '-' ? minus : plus).add(ops.get(i));
        i++;
      }
      out.addAll(minus);
      out.addAll(plus);
    }
    // Renumber: after reordering, each op's position is the count of lines of each side before it.
    List<Op> numbered = new ArrayList<>(out.size());
    int aLine = 0;
    int bLine = 0;
    for (Op op : out) {
      numbered.add(new Op(op.kind, op.line, aLine, bLine));
      if (op.kind != '+') {
        aLine++;
      }
      if (op.kind != '-') {
        bLine++;
      }
    }
    return numbered;
  }

  private static List<String> lines(String text) {
    if (text.isEmpty()) {
      return List.of();
    }
    String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    return Arrays.asList(body.split("\n", -1));
  }
}
