package dev.airgap.maven.deploy;

import java.util.Map;
import java.util.TreeMap;

/** A deployed stack set as {@code DescribeStackSet} returns it. */
public record StackSetState(
    String name,
    String templateBody,
    Map<String, String> parameters,
    String permissionModel,
    String status) {
  public StackSetState {
    parameters = java.util.Collections.unmodifiableMap(new TreeMap<>(parameters));
  }
}
