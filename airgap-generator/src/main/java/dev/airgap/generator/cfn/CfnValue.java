package dev.airgap.generator.cfn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A value in a CloudFormation template. Intrinsic functions are their own alternatives, written in
 * long form only ({@code Ref:}, {@code Fn::GetAtt: [X, Attr]}, {@code Fn::Sub:}) by the writer
 * (style.md §5), never hidden inside strings.
 */
public sealed interface CfnValue
    permits CfnValue.Text,
        CfnValue.Num,
        CfnValue.Bool,
        CfnValue.ListValue,
        CfnValue.MapValue,
        CfnValue.Ref,
        CfnValue.GetAtt,
        CfnValue.Sub,
        CfnValue.Join,
        CfnValue.Select,
        CfnValue.If,
        CfnValue.Equals {

  /** A plain string (account ids stay strings). */
  record Text(String value) implements CfnValue {}

  /** A whole number. */
  record Num(long value) implements CfnValue {}

  record Bool(boolean value) implements CfnValue {}

  /** A list whose order is kept; sort it before when it is really a set. */
  record ListValue(List<CfnValue> items) implements CfnValue {
    public ListValue {
      items = List.copyOf(items);
    }
  }

  /**
   * A map. {@code sorted} maps (property maps) are written with keys in alphabetical order; others
   * (policy statements, where the reader expects Sid/Effect/Principal first) keep insertion order,
   * which the builders fix in code so it never depends on hashing.
   */
  record MapValue(Map<String, CfnValue> entries, boolean sorted) implements CfnValue {
    public MapValue {
      entries =
          sorted
              ? Collections.unmodifiableMap(new TreeMap<>(entries))
              : Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }
  }

  /** {@code Ref: logicalId} or a pseudo parameter. */
  record Ref(String target) implements CfnValue {}

  /** {@code Fn::GetAtt: [logicalId, attribute]}. */
  record GetAtt(String logicalId, String attribute) implements CfnValue {}

  /** {@code Fn::Sub: template}; variables are pseudo parameters or resources. */
  record Sub(String template) implements CfnValue {}

  /** {@code Fn::Join: [delimiter, [parts]]}. */
  record Join(String delimiter, List<CfnValue> parts) implements CfnValue {
    public Join {
      parts = List.copyOf(parts);
    }
  }

  /** {@code Fn::Select: [index, list]}. */
  record Select(int index, CfnValue list) implements CfnValue {}

  /** {@code Fn::If: [condition, then, else]}. */
  record If(String condition, CfnValue whenTrue, CfnValue whenFalse) implements CfnValue {}

  /** {@code Fn::Equals: [a, b]} (conditions only). */
  record Equals(CfnValue left, CfnValue right) implements CfnValue {}

  // ---- small factories, so unit code reads like the template ----

  static Text text(String value) {
    return new Text(value);
  }

  static Num num(long value) {
    return new Num(value);
  }

  static Bool bool(boolean value) {
    return new Bool(value);
  }

  static Ref ref(String target) {
    return new Ref(target);
  }

  static Sub sub(String template) {
    return new Sub(template);
  }

  static GetAtt getAtt(String logicalId, String attribute) {
    return new GetAtt(logicalId, attribute);
  }

  /** A list of plain strings. */
  static ListValue texts(List<String> values) {
    List<CfnValue> items = new ArrayList<>();
    values.forEach(v -> items.add(new Text(v)));
    return new ListValue(items);
  }

  static ListValue list(CfnValue... items) {
    return new ListValue(List.of(items));
  }

  static ListValue list(List<? extends CfnValue> items) {
    return new ListValue(new ArrayList<>(items));
  }

  /** Starts an alphabetically sorted map. */
  static MapBuilder map() {
    return new MapBuilder(true);
  }

  /** Starts a map that keeps insertion order (policy documents). */
  static MapBuilder ordered() {
    return new MapBuilder(false);
  }

  /**
   * Fluent map construction; {@code put} of an absent optional value is simply skipped by callers.
   */
  final class MapBuilder {
    private final Map<String, CfnValue> entries = new LinkedHashMap<>();
    private final boolean sorted;

    private MapBuilder(boolean sorted) {
      this.sorted = sorted;
    }

    public MapBuilder put(String key, CfnValue value) {
      if (entries.putIfAbsent(key, value) != null) {
        throw new IllegalArgumentException("duplicate key " + key);
      }
      return this;
    }

    public MapBuilder put(String key, String value) {
      return put(key, new Text(value));
    }

    public MapBuilder put(String key, long value) {
      return put(key, new Num(value));
    }

    public MapBuilder put(String key, boolean value) {
      return put(key, new Bool(value));
    }

    public MapValue build() {
      return new MapValue(entries, sorted);
    }
  }
}
