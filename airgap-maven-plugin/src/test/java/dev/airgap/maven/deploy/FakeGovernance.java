package dev.airgap.maven.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * In-memory {@link Governance}: trails per Region, landing zones and the policies attached to each
 * target, set up by a test. {@link #controlTower} builds the organization AWS Control Tower leaves
 * behind (docs/aws-facts.md §14.2).
 */
class FakeGovernance implements Governance {
  final Map<String, List<Trail>> trails = new TreeMap<>();
  final List<String> landingZones = new ArrayList<>();
  final List<String> stackSets = new ArrayList<>();

  /** Region → the calling account's Config recorders there. */
  final Map<String, List<ConfigRecorder>> recorders = new TreeMap<>();

  /** target → policy type → attached policies. */
  final Map<String, Map<String, List<Policy>>> policies = new TreeMap<>();

  /** An organization without Control Tower: only FullAWSAccess on each target. */
  static FakeGovernance plain(String... targets) {
    FakeGovernance g = new FakeGovernance();
    for (String t : targets) {
      g.attach(t, "SERVICE_CONTROL_POLICY", "FullAWSAccess");
    }
    return g;
  }

  /**
   * A Control Tower landing zone: its organization trail (multi-Region, home {@code home}), and on
   * each target FullAWSAccess plus two guardrail SCPs, and a Control Tower backup policy.
   */
  static FakeGovernance controlTower(String home, String... targets) {
    FakeGovernance g = plain(targets);
    g.landingZones.add("arn:aws:controltower:" + home + ":111111111111:landingzone/1A2B3C4D5E6F");
    g.stackSets.addAll(
        List.of(
            "AWSControlTowerBP-BASELINE-CLOUDTRAIL",
            "AWSControlTowerBP-BASELINE-CONFIG",
            "AWSControlTowerBP-BASELINE-ROLES"));
    for (String t : targets) {
      g.attach(t, "SERVICE_CONTROL_POLICY", "aws-guardrails-AbCdEf");
      g.attach(t, "SERVICE_CONTROL_POLICY", "aws-guardrails-GhIjKl");
      g.attach(t, "BACKUP_POLICY", "aws-controltower-backup-policy");
    }
    Trail trail =
        new Trail(
            "aws-controltower-BaselineCloudTrail",
            "arn:aws:cloudtrail:"
                + home
                + ":111111111111:trail/aws-controltower-BaselineCloudTrail",
            home,
            true,
            true,
            true,
            true);
    for (String region : List.of("us-east-1", "eu-west-1", "eu-central-1")) {
      g.trails.put(region, new ArrayList<>(List.of(trail)));
    }
    return g;
  }

  void attach(String target, String type, String name) {
    List<Policy> list =
        policies
            .computeIfAbsent(target, k -> new TreeMap<>())
            .computeIfAbsent(type, k -> new ArrayList<>());
    list.add(new Policy("p-" + name.toLowerCase(java.util.Locale.ROOT).replace('-', 'x'), name));
  }

  @Override
  public List<Trail> trails(String region) {
    return trails.getOrDefault(region, List.of());
  }

  @Override
  public List<String> landingZones() {
    return List.copyOf(landingZones);
  }

  @Override
  public List<String> selfManagedStackSets() {
    return List.copyOf(stackSets);
  }

  @Override
  public List<Policy> policiesFor(String targetId, String type) {
    return policies.getOrDefault(targetId, Map.of()).getOrDefault(type, List.of());
  }

  @Override
  public List<ConfigRecorder> configRecorders(String region) {
    return recorders.getOrDefault(region, List.of());
  }
}
