package dev.airgap.generator.units;

import dev.airgap.generator.cfn.CfnValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/** Turns plain maps and lists (policy documents) into template values, keeping their key order. */
public final class PlainValues {
  private PlainValues() {}

  public static CfnValue of(Object value) {
    if (value instanceof CfnValue v) {
      return v;
    } else if (value instanceof String s) {
      return CfnValue.text(s);
    } else if (value instanceof Boolean b) {
      return CfnValue.bool(b);
    } else if (value instanceof Number n) {
      return CfnValue.num(n.longValue());
    } else if (value instanceof Map<?, ?> map) {
      Map<String, CfnValue> entries = new LinkedHashMap<>();
      map.forEach((k, v) -> entries.put(String.valueOf(k), of(v)));
      return new CfnValue.MapValue(entries, map instanceof SortedMap);
    } else if (value instanceof List<?> list) {
      List<CfnValue> items = new ArrayList<>();
      list.forEach(i -> items.add(of(i)));
      return new CfnValue.ListValue(items);
    }
    throw new IllegalArgumentException("not a plain policy value: " + value);
  }
}
