package dev.airgap.model.validate;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The AWS cron dialect of backup rule schedules: {@code cron(Minutes Hours Day-of-month Month
 * Day-of-week Year)}, six fields, exactly one of the two day fields {@code ?} (docs/aws-facts.md
 * §4.2, EventBridge "cron expressions").
 */
public final class AwsCron {
  private AwsCron() {}

  private static final Pattern CRON = Pattern.compile("^cron\\((.*)\\)$");
  private static final List<String> MONTHS =
      List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC");
  private static final List<String> DAYS = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");
  private static final Pattern RANGE_STEP = Pattern.compile("^([^/]+)(?:/(\\d+))?$");

  /** A parsed expression: the minutes of the hour it runs at, or what is wrong with it. */
  public record Result(Optional<String> problem, TreeSet<Integer> minutes) {
    public boolean isValid() {
      return problem.isEmpty();
    }
  }

  private record Field(String name, int min, int max, List<String> names, String specials) {}

  private static final Field[] FIELDS = {
    new Field("minutes", 0, 59, List.of(), ""),
    new Field("hours", 0, 23, List.of(), ""),
    new Field("day-of-month", 1, 31, List.of(), "?LW"),
    new Field("month", 1, 12, MONTHS, ""),
    new Field("day-of-week", 1, 7, DAYS, "?L#"),
    new Field("year", 1970, 2199, List.of(), ""),
  };

  /** Parses an expression. */
  public static Result parse(String expression) {
    String text = expression.strip();
    if (text.startsWith("rate(")) {
      return invalid(
          "'" + expression + "' is a rate expression; AWS Backup schedules are cron expressions");
    }
    Matcher m = CRON.matcher(text);
    if (!m.matches()) {
      return invalid(
          "'"
              + expression
              + "' is not a cron expression of the form cron(min hour day-of-month month day-of-week year)");
    }
    String[] parts = m.group(1).strip().split("\\s+");
    if (parts.length != 6 || m.group(1).isBlank()) {
      int count = m.group(1).isBlank() ? 0 : parts.length;
      return invalid(
          "'"
              + expression
              + "' has "
              + count
              + " fields; AWS cron has 6 (min hour day-of-month month day-of-week year)");
    }
    TreeSet<Integer> minutes = new TreeSet<>();
    for (int i = 0; i < 6; i++) {
      Optional<String> problem =
          checkField(FIELDS[i], parts[i], i == 0 ? minutes : new TreeSet<>());
      if (problem.isPresent()) {
        return invalid("'" + expression + "': " + problem.get());
      }
    }
    boolean domAny = parts[2].equals("?");
    boolean dowAny = parts[4].equals("?");
    if (domAny == dowAny) {
      return invalid(
          "'"
              + expression
              + "': exactly one of day-of-month ('"
              + parts[2]
              + "') and day-of-week ('"
              + parts[4]
              + "') must be '?'");
    }
    if (parts[4].chars().filter(c -> c == '#').count() > 1) {
      return invalid("'" + expression + "': only one '#' expression is allowed in day-of-week");
    }
    return new Result(Optional.empty(), minutes);
  }

  private static Result invalid(String problem) {
    return new Result(Optional.of(problem), new TreeSet<>());
  }

  private static Optional<String> checkField(Field field, String text, TreeSet<Integer> values) {
    String upper = text.toUpperCase(Locale.ROOT);
    if (upper.equals("?")) {
      return field.specials().contains("?")
          ? Optional.empty()
          : Optional.of("'?' is not allowed in the " + field.name() + " field");
    }
    for (String item : upper.split(",", -1)) {
      Optional<String> problem = checkItem(field, item, values);
      if (problem.isPresent()) {
        return problem;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> checkItem(Field field, String item, TreeSet<Integer> values) {
    String where = " in the " + field.name() + " field";
    if (item.isEmpty()) {
      return Optional.of("empty list entry" + where);
    }
    if (field.specials().contains("L")) {
      if (item.equals("L") || (field.specials().contains("W") && item.equals("LW"))) {
        return Optional.empty();
      }
      if (field.specials().contains("W") && item.endsWith("W")) {
        return single(field, item.substring(0, item.length() - 1), where);
      }
      if (field.specials().contains("#") && item.endsWith("L")) {
        return single(field, item.substring(0, item.length() - 1), where);
      }
      if (field.specials().contains("#") && item.contains("#")) {
        String[] pair = item.split("#", -1);
        if (pair.length != 2 || !pair[1].matches("[1-5]")) {
          return Optional.of("'" + item + "' is not day#n with n from 1 to 5" + where);
        }
        return single(field, pair[0], where);
      }
    }
    Matcher m = RANGE_STEP.matcher(item);
    if (!m.matches()) {
      return Optional.of("'" + item + "' is not a value, range or step" + where);
    }
    int step = 1;
    if (m.group(2) != null) {
      step = Integer.parseInt(m.group(2).length() > 6 ? "0" : m.group(2));
      if (step < 1 || step > field.max()) {
        return Optional.of("step '" + m.group(2) + "' is out of range 1–" + field.max() + where);
      }
    }
    String range = m.group(1);
    int from;
    int to;
    if (range.equals("*")) {
      from = field.min();
      to = field.max();
    } else if (range.contains("-")) {
      String[] ends = range.split("-", -1);
      if (ends.length != 2) {
        return Optional.of("'" + range + "' is not a range" + where);
      }
      Optional<Integer> a = value(field, ends[0]);
      Optional<Integer> b = value(field, ends[1]);
      if (a.isEmpty() || b.isEmpty()) {
        return Optional.of(outOfRange(field, a.isEmpty() ? ends[0] : ends[1]));
      }
      from = a.get();
      to = b.get();
    } else {
      Optional<Integer> v = value(field, range);
      if (v.isEmpty()) {
        return Optional.of(outOfRange(field, range));
      }
      from = v.get();
      to = m.group(2) == null ? from : field.max();
    }
    if (to >= from) {
      for (int v = from; v <= to; v += step) {
        values.add(v);
      }
    } else {
      // Wrapping ranges such as FRI-MON are accepted by EventBridge.
      values.add(from);
    }
    return Optional.empty();
  }

  private static Optional<String> single(Field field, String text, String where) {
    return value(field, text).isPresent() ? Optional.empty() : Optional.of(outOfRange(field, text));
  }

  private static String outOfRange(Field field, String text) {
    String names =
        field.names().isEmpty()
            ? ""
            : " or " + field.names().get(0) + "–" + field.names().get(field.names().size() - 1);
    return "'"
        + text
        + "' is not allowed in the "
        + field.name()
        + " field ("
        + field.min()
        + "–"
        + field.max()
        + names
        + ")";
  }

  private static Optional<Integer> value(Field field, String text) {
    int named = field.names().indexOf(text);
    if (named >= 0) {
      return Optional.of(named + 1);
    }
    if (!text.matches("\\d{1,4}")) {
      return Optional.empty();
    }
    int v = Integer.parseInt(text);
    return v >= field.min() && v <= field.max() ? Optional.of(v) : Optional.empty();
  }
}
