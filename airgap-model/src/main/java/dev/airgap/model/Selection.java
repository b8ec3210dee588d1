package dev.airgap.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which resources a plan selects.
 *
 * @param resourceTypes resource types, default {@code ["*"]} (all supported types)
 * @param optOutTag resources carrying this tag are left out; default {@code backup=false}
 * @param optInTags when not empty, only resources with one of these tags are selected
 */
public record Selection(List<String> resourceTypes, Tag optOutTag, Map<String, String> optInTags) {
  public Selection {
    resourceTypes = List.copyOf(resourceTypes);
    optInTags = Collections.unmodifiableMap(new TreeMap<>(optInTags));
  }

  /** The default opt-out tag. */
  public static Tag defaultOptOutTag() {
    return new Tag("backup", "false");
  }
}
