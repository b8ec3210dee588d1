package dev.airgap.maven.deploy;

import java.util.List;

/**
 * The organization's audit and landing-zone state that doctor reads: CloudTrail trails, AWS Control
 * Tower landing zones and the policies attached to a target. Read calls only; failures are {@link
 * CloudCallException}s.
 */
public interface Governance {

  /**
   * CloudTrail {@code DescribeTrails} in {@code region} with shadow trails: every trail that
   * records there, multi-Region and organization trails created elsewhere included, each with its
   * {@code GetTrailStatus} and {@code GetEventSelectors} answer.
   */
  List<Trail> trails(String region);

  /** Control Tower {@code ListLandingZones}: landing zone ARNs (at most one per organization). */
  List<String> landingZones();

  /**
   * CloudFormation {@code ListStackSets} ({@code Status ACTIVE}, {@code CallAs SELF}) in the
   * administrator Region: the names of the stack sets this account administers itself. Control
   * Tower's baseline stack sets ({@code AWSControlTowerBP-*}) show up here.
   */
  List<String> selfManagedStackSets();

  /**
   * Organizations {@code ListPoliciesForTarget}: the policies of {@code type} attached directly to
   * a root, OU or account.
   */
  List<Policy> policiesFor(String targetId, String type);

  /**
   * @param managementEvents the trail records read and write management events (basic selector
   *     {@code IncludeManagementEvents} with {@code ReadWriteType All}, or an advanced selector on
   *     {@code eventCategory Management} without a {@code readOnly} filter)
   */
  record Trail(
      String name,
      String arn,
      String homeRegion,
      boolean organizationTrail,
      boolean multiRegion,
      boolean logging,
      boolean managementEvents) {}

  record Policy(String id, String name) {}

  /**
   * AWS Config {@code DescribeConfigurationRecorders} and {@code
   * DescribeConfigurationRecorderStatus} in {@code region}, in the calling account: the recorders
   * Backup Audit Manager's frameworks evaluate through (docs/aws-facts.md §19.1).
   */
  List<ConfigRecorder> configRecorders(String region);

  /**
   * @param recording the recorder's status says it is recording
   * @param allSupported the recording group records every supported type (less {@code excluded})
   * @param resourceTypes the types it records when not all
   * @param excluded types an exclusion strategy leaves out
   */
  record ConfigRecorder(
      String name,
      boolean recording,
      boolean allSupported,
      List<String> resourceTypes,
      List<String> excluded) {
    public ConfigRecorder {
      resourceTypes = List.copyOf(resourceTypes);
      excluded = List.copyOf(excluded);
    }

    public boolean records(String type) {
      return recording && (allSupported ? !excluded.contains(type) : resourceTypes.contains(type));
    }
  }
}
