package dev.airgap.maven.deploy;

import java.util.Map;
import java.util.TreeMap;

/** A plain stack as {@code DescribeStacks} returns it. */
public record StackState(
    String name, String status, String statusReason, Map<String, String> parameters) {
  public StackState {
    parameters = java.util.Collections.unmodifiableMap(new TreeMap<>(parameters));
  }
}
