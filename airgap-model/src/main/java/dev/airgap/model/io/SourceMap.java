package dev.airgap.model.io;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * JSON pointer to position. Kept outside the model records so that locations never affect equality.
 * A pointer that does not exist (a missing key) resolves to its nearest existing ancestor, which is
 * where the user has to add it.
 */
public final class SourceMap {
  private final String file;
  private final Map<String, SourceLocation> locations;

  private final Map<String, String> strings;

  SourceMap(String file, Map<String, SourceLocation> locations) {
    this(file, locations, Map.of());
  }

  SourceMap(String file, Map<String, SourceLocation> locations, Map<String, String> strings) {
    this.file = file;
    this.locations = Collections.unmodifiableMap(new TreeMap<>(locations));
    this.strings = Collections.unmodifiableMap(new TreeMap<>(strings));
  }

  public static SourceMap empty(String file) {
    return new SourceMap(file, Map.of());
  }

  public String file() {
    return file;
  }

  /** Whether the pointer names a node that is in the file. */
  public boolean contains(String pointer) {
    return locations.containsKey(pointer);
  }

  /** The node's position, or its nearest existing ancestor's, or 1:1. */
  public SourceLocation locate(String pointer) {
    String p = pointer;
    while (true) {
      SourceLocation found = locations.get(p);
      if (found != null) {
        return found;
      }
      if (p.isEmpty()) {
        return new SourceLocation(file, 1, 1);
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
  }

  /** All pointers of the file, sorted. */
  public java.util.Set<String> pointers() {
    return locations.keySet();
  }

  /**
   * Every string scalar as written, by pointer, sorted: what rules about the text itself (AG1090's
   * TODO placeholders) read, whatever field it binds to.
   */
  public Map<String, String> strings() {
    return strings;
  }
}
