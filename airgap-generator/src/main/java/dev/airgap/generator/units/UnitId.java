package dev.airgap.generator.units;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deployment unit's id, e.g. {@code central-vault}: the template file is {@code <id>.yaml}, the
 * stack or stack set {@code <prefix>-<id>}. Ids of a numbered family ({@code backup-policies-1},
 * {@code -2}, ...) are made from the family's id, so nobody spells them by hand.
 *
 * @param value lower-case words joined by {@code -}; ordered as text, as the generated files are
 */
public record UnitId(String value) implements Comparable<UnitId> {
  private static final Pattern SHAPE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  public UnitId {
    if (!SHAPE.matcher(value).matches()) {
      throw new IllegalArgumentException("not a unit id: '" + value + "'");
    }
  }

  public static UnitId of(String value) {
    return new UnitId(value);
  }

  /** The n-th (1-based) member of the family this id names. */
  public UnitId numbered(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("unit numbers start at 1: " + n);
    }
    return new UnitId(value + "-" + n);
  }

  /**
   * {@code id}'s number when it is a member of the family this id names, e.g. 2 for {@code
   * backup-policies-2}.
   */
  public OptionalInt numberOf(UnitId id) {
    Matcher m = Pattern.compile(Pattern.quote(value) + "-([1-9][0-9]{0,8})").matcher(id.value);
    return m.matches() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
  }

  public String fileName() {
    return value + ".yaml";
  }

  @Override
  public int compareTo(UnitId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
