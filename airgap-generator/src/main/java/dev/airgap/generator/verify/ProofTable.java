package dev.airgap.generator.verify;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Position × property → proven, breach, assumption or n/a. A cell is proven only when every
 * configuration was checked and none broke it; a breach anywhere makes it a breach.
 */
public final class ProofTable {
  /** What a cell says. */
  public enum Status {
    NOT_APPLICABLE("-"),
    PROVEN("proven"),
    ASSUMPTION("assumption"),
    BREACH("BREACH");

    private final String word;

    Status(String word) {
      this.word = word;
    }

    public String word() {
      return word;
    }
  }

  private final Map<Position.Kind, Map<Property, Status>> cells = new LinkedHashMap<>();

  ProofTable() {
    for (Position.Kind k : Position.Kind.values()) {
      Map<Property, Status> row = new EnumMap<>(Property.class);
      for (Property p : Property.values()) {
        row.put(p, Status.NOT_APPLICABLE);
      }
      cells.put(k, row);
    }
  }

  /** Records a result; a worse one (breach over proven) wins. */
  void mark(Position.Kind row, Property column, Status status) {
    cells.get(row).merge(column, status, (a, b) -> a.ordinal() >= b.ordinal() ? a : b);
  }

  public Status get(Position.Kind row, Property column) {
    return cells.get(row).get(column);
  }

  /** Fixed-width text, one row per position. */
  public String render() {
    int first = 36;
    int width = 22;
    StringBuilder b = new StringBuilder(pad("position", first));
    for (Property p : Property.values()) {
      b.append(pad(p.label(), width));
    }
    b.append('\n');
    cells.forEach(
        (row, values) -> {
          b.append(pad(row.label(), first));
          values.values().forEach(s -> b.append(pad(s.word(), width)));
          b.append('\n');
        });
    return b.toString().replaceAll(" +\n", "\n");
  }

  private static String pad(String s, int n) {
    return s.length() >= n ? s + " " : s + " ".repeat(n - s.length());
  }
}
