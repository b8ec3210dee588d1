package dev.airgap.model.io;

import dev.airgap.model.YamlEnum;
import dev.airgap.model.io.SourceNode.Entry;
import dev.airgap.model.io.SourceNode.ListNode;
import dev.airgap.model.io.SourceNode.MapNode;
import dev.airgap.model.io.SourceNode.ScalarKind;
import dev.airgap.model.io.SourceNode.ScalarNode;
import dev.airgap.model.util.Levenshtein;
import dev.airgap.model.validate.Finding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Typed, strict access to a {@link SourceNode} tree. Every problem becomes a finding and marks its
 * pointer unusable; the caller always gets a value back (a default) so binding goes on and all
 * problems are reported in one run.
 */
final class NodeBinder {
  private final SourceMap sourceMap;
  final List<Finding> findings = new ArrayList<>();
  final Set<String> unusable = new HashSet<>();
  final Set<String> written = new HashSet<>();

  NodeBinder(SourceMap sourceMap) {
    this.sourceMap = sourceMap;
  }

  /** A map of the model with the keys it allows. An absent or mistyped map behaves as empty. */
  final class MapView {
    final String pointer;
    private final Map<String, Entry> entries;

    /** False for a missing or mistyped map: that is reported once, not once per child. */
    private final boolean present;

    private MapView(String pointer, Map<String, Entry> entries, boolean present) {
      this.pointer = pointer;
      this.entries = entries;
      this.present = present;
    }

    private void missing(String p, String expected) {
      if (present) {
        NodeBinder.this.missing(p, expected);
      } else {
        unusable.add(p);
      }
    }

    boolean has(String key) {
      return entries.containsKey(key);
    }

    Optional<SourceNode> node(String key) {
      Entry entry = entries.get(key);
      return entry == null ? Optional.empty() : Optional.of(entry.value());
    }

    String pointer(String key) {
      return Pointers.child(pointer, key);
    }

    /** Nested map; an absent optional map is an empty view. */
    MapView map(String key, boolean required, String... knownKeys) {
      String p = pointer(key);
      Optional<SourceNode> value = node(key);
      if (value.isEmpty() || isNull(value.get())) {
        if (required) {
          missing(p, "a map with " + String.join(", ", sorted(knownKeys)));
        }
        return new MapView(p, Map.of(), false);
      }
      return view(value.get(), p, knownKeys);
    }

    /** The entries of a map whose keys are names chosen by the user (plans). */
    Map<String, SourceNode> namedEntries(String key, boolean required) {
      String p = pointer(key);
      Optional<SourceNode> value = node(key);
      if (value.isEmpty() || isNull(value.get())) {
        if (required) {
          missing(p, "a map of named entries");
        }
        return Map.of();
      }
      if (!(value.get() instanceof MapNode mapNode)) {
        wrongType(p, value.get(), "a map of named entries");
        return Map.of();
      }
      written.add(p);
      Map<String, SourceNode> result = new LinkedHashMap<>();
      mapNode.entries().forEach((name, entry) -> result.put(name, entry.value()));
      return result;
    }

    /**
     * A string; YAML numbers are accepted only where {@code allowNumberText} (ids keep their text).
     */
    Optional<String> string(String key, boolean required, boolean allowNumberText) {
      String p = pointer(key);
      Optional<SourceNode> value = node(key);
      if (value.isEmpty() || isNull(value.get())) {
        if (required) {
          missing(p, "a string");
        }
        return Optional.empty();
      }
      return scalarString(value.get(), p, allowNumberText);
    }

    String string(String key, String defaultValue) {
      return string(key, false, false).orElse(defaultValue);
    }

    String requiredString(String key) {
      return string(key, true, false).orElse("");
    }

    String requiredId(String key) {
      return string(key, true, true).orElse("");
    }

    Optional<String> optionalId(String key) {
      return string(key, false, true);
    }

    OptionalInt integer(String key, boolean required) {
      String p = pointer(key);
      Optional<SourceNode> value = node(key);
      if (value.isEmpty() || isNull(value.get())) {
        if (required) {
          missing(p, "a whole number");
        }
        return OptionalInt.empty();
      }
      return scalarInt(value.get(), p);
    }

    int integer(String key, int defaultValue) {
      return integer(key, false).orElse(defaultValue);
    }

    /** A YAML boolean; absent or null is {@code defaultValue}. */
    boolean bool(String key, boolean defaultValue) {
      String p = pointer(key);
      Optional<SourceNode> value = node(key);
      if (value.isEmpty() || isNull(value.get())) {
        return defaultValue;
      }
      if (value.get() instanceof ScalarNode scalar && scalar.kind() == ScalarKind.BOOLEAN) {
        written.add(p);
        return scalar.text().equalsIgnoreCase("true");
      }
      wrongType(p, value.get(), "true or false");
      return defaultValue;
    }

    <E extends Enum<E> & YamlEnum> Optional<E> enumValue(
        String key, Class<E> type, boolean required) {
      String p = pointer(key);
      Optional<String> text = string(key, required, false);
      if (text.isEmpty()) {
        return Optional.empty();
      }
      for (E constant : type.getEnumConstants()) {
        if (constant.yamlName().equals(text.get())) {
          return Optional.of(constant);
        }
      }
      String allowed =
          Arrays.stream(type.getEnumConstants())
              .map(YamlEnum::yamlName)
              .collect(Collectors.joining(", "));
      report(
          ParseProblem.VALUE_NOT_ALLOWED,
          p,
          "'" + text.get() + "' is not allowed; use one of: " + allowed,
          suggestion(text.get(), allowedNames(type)));
      return Optional.empty();
    }

    <E extends Enum<E> & YamlEnum> E enumValue(String key, Class<E> type, E defaultValue) {
      return enumValue(key, type, false).orElse(defaultValue);
    }

    /** A list of strings; absent is empty. */
    List<String> strings(String key, boolean required, boolean allowNumberText) {
      String p = pointer(key);
      Optional<SourceNode> value = node(key);
      if (value.isEmpty() || isNull(value.get())) {
        if (required) {
          missing(p, "a list");
        }
        return List.of();
      }
      if (!(value.get() instanceof ListNode list)) {
        wrongType(p, value.get(), "a list");
        return List.of();
      }
      written.add(p);
      List<String> result = new ArrayList<>();
      for (int i = 0; i < list.items().size(); i++) {
        String itemPointer = Pointers.child(p, i);
        // An unusable item keeps its slot so that indexes still match the file.
        result.add(scalarString(list.items().get(i), itemPointer, allowNumberText).orElse(""));
      }
      return result;
    }

    /** A map of string to string (tags). */
    Map<String, String> stringMap(String key) {
      String p = pointer(key);
      Optional<SourceNode> value = node(key);
      if (value.isEmpty() || isNull(value.get())) {
        return Map.of();
      }
      if (!(value.get() instanceof MapNode mapNode)) {
        wrongType(p, value.get(), "a map of tag keys to values");
        return Map.of();
      }
      written.add(p);
      Map<String, String> result = new LinkedHashMap<>();
      for (Entry entry : mapNode.entries().values()) {
        scalarString(entry.value(), Pointers.child(p, entry.key()), false)
            .ifPresent(v -> result.put(entry.key(), v));
      }
      return result;
    }
  }

  MapView view(SourceNode node, String pointer, String... knownKeys) {
    if (!(node instanceof MapNode mapNode)) {
      wrongType(pointer, node, "a map with " + String.join(", ", sorted(knownKeys)));
      return new MapView(pointer, Map.of(), false);
    }
    written.add(pointer);
    Set<String> known = new TreeSet<>(Arrays.asList(knownKeys));
    for (Entry entry : mapNode.entries().values()) {
      if (!known.contains(entry.key())) {
        String p = Pointers.child(pointer, entry.key());
        report(
            ParseProblem.UNKNOWN_KEY,
            p,
            "unknown key '" + entry.key() + "'; allowed here: " + String.join(", ", known),
            suggestion(entry.key(), known));
      }
    }
    return new MapView(pointer, mapNode.entries(), true);
  }

  private Optional<String> scalarString(SourceNode node, String pointer, boolean allowNumberText) {
    if (node instanceof ScalarNode scalar) {
      if (scalar.kind() == ScalarKind.STRING
          || (allowNumberText && scalar.kind() == ScalarKind.INTEGER)) {
        written.add(pointer);
        return Optional.of(scalar.text());
      }
      if (scalar.kind() == ScalarKind.BOOLEAN
          || scalar.kind() == ScalarKind.INTEGER
          || scalar.kind() == ScalarKind.DECIMAL) {
        wrongType(pointer, node, "a string", "quote it: \"" + scalar.text() + "\"");
        return Optional.empty();
      }
    }
    wrongType(pointer, node, "a string");
    return Optional.empty();
  }

  private OptionalInt scalarInt(SourceNode node, String pointer) {
    if (node instanceof ScalarNode scalar) {
      if (scalar.kind() == ScalarKind.INTEGER) {
        String digits = scalar.text().replace("_", "");
        try {
          int value = Integer.parseInt(digits.startsWith("+") ? digits.substring(1) : digits);
          written.add(pointer);
          return OptionalInt.of(value);
        } catch (NumberFormatException e) {
          report(
              ParseProblem.NUMBER_OUT_OF_RANGE,
              pointer,
              "'"
                  + scalar.text()
                  + "' is not a whole number between "
                  + Integer.MIN_VALUE
                  + " and "
                  + Integer.MAX_VALUE,
              "");
          return OptionalInt.empty();
        }
      }
      if (scalar.kind() == ScalarKind.DECIMAL) {
        report(
            ParseProblem.NUMBER_OUT_OF_RANGE,
            pointer,
            "'" + scalar.text() + "' is not a whole number",
            "write whole days or minutes");
        return OptionalInt.empty();
      }
      if (scalar.kind() == ScalarKind.STRING && scalar.text().strip().matches("[+-]?\\d+")) {
        wrongType(pointer, node, "a number", "remove the quotes: " + scalar.text().strip());
        return OptionalInt.empty();
      }
    }
    wrongType(pointer, node, "a whole number");
    return OptionalInt.empty();
  }

  private static boolean isNull(SourceNode node) {
    return node instanceof ScalarNode scalar && scalar.kind() == ScalarKind.NULL;
  }

  void missing(String pointer, String expected) {
    if (unusable.contains(pointer)) {
      return; // already reported where it was read (an alias, for example)
    }
    String key = pointer.substring(pointer.lastIndexOf('/') + 1);
    report(
        ParseProblem.MISSING_REQUIRED, pointer, "'" + key + "' is required (" + expected + ")", "");
  }

  void wrongType(String pointer, SourceNode node, String expected) {
    wrongType(pointer, node, expected, "");
  }

  void wrongType(String pointer, SourceNode node, String expected, String hint) {
    if (node instanceof ScalarNode scalar && scalar.kind() == ScalarKind.REPORTED) {
      unusable.add(pointer); // reported once while reading; one finding per mistake
      return;
    }
    String found = node.describe();
    if (node instanceof ScalarNode scalar && scalar.kind() != ScalarKind.NULL) {
      found = found + " (" + abbreviate(scalar.text()) + ")";
    }
    report(ParseProblem.WRONG_TYPE, pointer, "expected " + expected + ", found " + found, hint);
  }

  void report(ParseProblem problem, String pointer, String message, String hint) {
    unusable.add(pointer);
    findings.add(
        new Finding(
            problem.info().id(),
            problem.info().defaultSeverity(),
            pointer,
            message,
            hint,
            sourceMap.locate(pointer)));
  }

  private static String abbreviate(String text) {
    String oneLine = text.replace("\n", "\\n");
    return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 37) + "...";
  }

  private static List<String> sorted(String... keys) {
    return new TreeSet<>(Arrays.asList(keys)).stream().collect(Collectors.toList());
  }

  private static <E extends Enum<E> & YamlEnum> List<String> allowedNames(Class<E> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(YamlEnum::yamlName)
        .collect(Collectors.toList());
  }

  /** "did you mean ...?" for a near miss (edit distance ≤ 2 or same letters ignoring case). */
  static String suggestion(String given, java.util.Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int distance =
          editDistance(
              given.toLowerCase(java.util.Locale.ROOT),
              candidate.toLowerCase(java.util.Locale.ROOT));
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return best != null && bestDistance <= Math.max(2, given.length() / 4)
        ? "did you mean '" + best + "'?"
        : "";
  }

  // Names more than 10 characters apart in length are never suggested, however long the input.
  private static int editDistance(String a, String b) {
    return Math.abs(a.length() - b.length()) > 10 ? Integer.MAX_VALUE : Levenshtein.distance(a, b);
  }
}
