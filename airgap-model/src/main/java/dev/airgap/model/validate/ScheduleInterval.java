package dev.airgap.model.validate;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The longest time between two runs of a plan's schedule, in the units the AWS Backup Audit Manager
 * frequency control takes ({@code hours} up to 24, {@code days} up to 31; docs/aws-facts.md §19.2).
 * Derived only for the shapes whose gap is plain: every day at one or more hours, or on some days
 * of the week at one hour. Anything else (days of the month, months, years) is left underived, so a
 * framework never states a frequency the plan does not keep.
 */
public final class ScheduleInterval {
  private ScheduleInterval() {}

  private static final List<String> DAYS = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");

  /**
   * @param unit {@code hours} or {@code days}
   * @param value how many
   */
  public record Interval(String unit, int value) {
    public int hours() {
      return unit.equals("days") ? value * 24 : value;
    }
  }

  /** The interval of a valid AWS cron expression, when its shape makes it plain. */
  public static Optional<Interval> of(String expression) {
    if (!AwsCron.parse(expression).isValid()) {
      return Optional.empty();
    }
    String inner = expression.strip();
    String[] f = inner.substring(5, inner.length() - 1).strip().split("\\s+");
    if (!f[3].equals("*") || !f[5].equals("*")) {
      return Optional.empty();
    }
    Optional<TreeSet<Integer>> hours = values(f[1], 0, 23, List.of());
    if (hours.isEmpty() || hours.get().isEmpty()) {
      return Optional.empty();
    }
    boolean everyDay =
        (f[2].equals("*") && f[4].equals("?")) || (f[2].equals("?") && f[4].equals("*"));
    if (everyDay) {
      int gap = longestGap(hours.get(), 24);
      return Optional.of(gap == 24 ? new Interval("days", 1) : new Interval("hours", gap));
    }
    if (f[2].equals("?") && hours.get().size() == 1) {
      Optional<TreeSet<Integer>> days = values(f[4].toUpperCase(Locale.ROOT), 1, 7, DAYS);
      if (days.isPresent() && !days.get().isEmpty()) {
        return Optional.of(new Interval("days", longestGap(days.get(), 7)));
      }
    }
    return Optional.empty();
  }

  private static int longestGap(TreeSet<Integer> points, int cycle) {
    int longest = 0;
    Integer previous = null;
    for (int p : points) {
      if (previous != null) {
        longest = Math.max(longest, p - previous);
      }
      previous = p;
    }
    return Math.max(longest, points.first() + cycle - points.last());
  }

  /** Values of a list of numbers, names, ranges and steps; empty for anything else (L, W, #). */
  private static Optional<TreeSet<Integer>> values(
      String field, int min, int max, List<String> names) {
    TreeSet<Integer> out = new TreeSet<>();
    for (String item : field.split(",")) {
      String[] rangeStep = item.split("/", -1);
      if (rangeStep.length > 2) {
        return Optional.empty();
      }
      int step = rangeStep.length == 2 ? parse(rangeStep[1], 1, max, List.of()) : 1;
      String range = rangeStep[0];
      int from;
      int to;
      if (range.equals("*")) {
        from = min;
        to = max;
      } else if (range.contains("-")) {
        String[] ends = range.split("-", -1);
        from = parse(ends[0], min, max, names);
        to = ends.length == 2 ? parse(ends[1], min, max, names) : -1;
      } else {
        from = parse(range, min, max, names);
        to = rangeStep.length == 2 ? max : from;
      }
      if (from < 0 || to < from || step < 1) {
        return Optional.empty();
      }
      for (int v = from; v <= to; v += step) {
        out.add(v);
      }
    }
    return Optional.of(out);
  }

  private static int parse(String text, int min, int max, List<String> names) {
    int named = names.indexOf(text);
    if (named >= 0) {
      return named + 1;
    }
    if (!text.matches("\\d{1,2}")) {
      return -1;
    }
    int v = Integer.parseInt(text);
    return v >= min && v <= max ? v : -1;
  }
}
