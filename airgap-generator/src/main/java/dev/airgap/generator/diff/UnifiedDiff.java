package dev.airgap.generator.diff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A small line-based unified diff ({@code diff -u} shape) for messages about stale files. Not a
 * general diff tool: the inputs are generated files of at most a few thousand lines, so a
 * longest-common-subsequence table after trimming the common head and tail is fast enough.
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
  public static String of(String beforeName, String afterName, String before, String after, int context, int maxLines) {
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

  private static List<Op> script(List<String> a, List<String> b) {
    int head = 0;
    while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
      head++;
    }
    int tail = 0;
    while (tail < a.size() - head && tail < b.size() - head
        && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
      tail++;
    }
    int n = a.size() - head - tail;
    int m = b.size() - head - tail;
    int[][] lcs = new int[n + 1][m + 1];
    for (int x = n - 1; x >= 0; x--) {
      for (int y = m - 1; y >= 0; y--) {
        lcs[x][y] = a.get(head + x).equals(b.get(head + y))
            ? lcs[x + 1][y + 1] + 1
            : Math.max(lcs[x + 1][y], lcs[x][y + 1]);
      }
    }
    List<Op> ops = new ArrayList<>();
    for (int k = 0; k < head; k++) {
      ops.add(new Op(' ', a.get(k), k, k));
    }
    int x = 0;
    int y = 0;
    while (x < n || y < m) {
      int ai = head + x;
      int bi = head + y;
      if (x < n && y < m && a.get(ai).equals(b.get(bi))) {
        ops.add(new Op(' ', a.get(ai), ai, bi));
        x++;
        y++;
      } else if (y < m && (x == n || lcs[x][y + 1] >= lcs[x + 1][y])) {
        ops.add(new Op('+', b.get(bi), ai, bi));
        y++;
      } else {
        ops.add(new Op('-', a.get(ai), ai, bi));
        x++;
      }
    }
    for (int k = 0; k < tail; k++) {
      int ai = a.size() - tail + k;
      int bi = b.size() - tail + k;
      ops.add(new Op(' ', a.get(ai), ai, bi));
    }
    // Show removals before additions inside each run of changes, as diff -u does.
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
