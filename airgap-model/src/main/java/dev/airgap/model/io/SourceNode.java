package dev.airgap.model.io;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML node with its position. The reader builds this tree first so that binding can report every
 * problem with a location, instead of stopping at the first one as data binding would.
 */
public sealed interface SourceNode {

  /** Where the node starts. */
  SourceLocation location();

  /** A short name of the node's kind for messages ("a map", "a list", "a number", ...). */
  String describe();

  /** A mapping; keys keep their file order, each with the location of the key itself. */
  record MapNode(SourceLocation location, Map<String, Entry> entries) implements SourceNode {
    public MapNode {
      entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    @Override
    public String describe() {
      return "a map";
    }
  }

  /** One key of a mapping. */
  record Entry(String key, SourceLocation keyLocation, SourceNode value) {}

  /** A sequence. */
  record ListNode(SourceLocation location, List<SourceNode> items) implements SourceNode {
    public ListNode {
      items = List.copyOf(items);
    }

    @Override
    public String describe() {
      return "a list";
    }
  }

  /**
   * A scalar with its YAML-resolved kind and its literal text, so that {@code 012345678901} keeps
   * its leading zero whatever YAML thinks of it.
   */
  record ScalarNode(SourceLocation location, ScalarKind kind, String text) implements SourceNode {
    @Override
    public String describe() {
      return kind.description;
    }
  }

  /** How YAML resolved a plain scalar. */
  enum ScalarKind {
    STRING("a string"),
    INTEGER("a number"),
    DECIMAL("a decimal number"),
    BOOLEAN("a boolean"),
    NULL("null"),
    /** A node already reported while reading (an alias); binding skips it silently. */
    REPORTED("an unsupported YAML construct");

    final String description;

    ScalarKind(String description) {
      this.description = description;
    }
  }
}
