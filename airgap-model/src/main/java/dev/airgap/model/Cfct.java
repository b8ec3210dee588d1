package dev.airgap.model;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Deploy airgap's stack sets through AWS Control Tower's Customizations for Control Tower (CfCT)
 * pipeline instead of service-managed StackSets: generate also writes a CfCT package ({@code
 * cfct/manifest.yaml} and templates), and the stack sets then run as {@code
 * AWSControlTowerExecution} in every account (docs/aws-facts.md §21.2).
 *
 * @param homeRegion the Control Tower home Region, the manifest's {@code region}
 * @param organizationalUnitPaths every OU id airgap's stack sets target → its CfCT path (OU names
 *     from the root, {@code :} between levels), because CfCT finds OUs by name and silently skips
 *     one it cannot find
 */
public record Cfct(String homeRegion, Map<String, String> organizationalUnitPaths) {
  public static final String EXECUTION_ROLE = "AWSControlTowerExecution";

  public Cfct {
    organizationalUnitPaths = Collections.unmodifiableMap(new TreeMap<>(organizationalUnitPaths));
  }
}
