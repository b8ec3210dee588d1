package dev.airgap.maven.deploy.aws;

import dev.airgap.maven.deploy.Governance;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.CallAs;
import software.amazon.awssdk.services.cloudformation.model.StackSetStatus;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.AdvancedEventSelector;
import software.amazon.awssdk.services.cloudtrail.model.AdvancedFieldSelector;
import software.amazon.awssdk.services.cloudtrail.model.EventSelector;
import software.amazon.awssdk.services.cloudtrail.model.GetEventSelectorsResponse;
import software.amazon.awssdk.services.cloudtrail.model.ReadWriteType;
import software.amazon.awssdk.services.config.ConfigClient;
import software.amazon.awssdk.services.config.model.ConfigurationRecorder;
import software.amazon.awssdk.services.config.model.ConfigurationRecorderStatus;
import software.amazon.awssdk.services.controltower.ControlTowerClient;
import software.amazon.awssdk.services.organizations.OrganizationsClient;

/**
 * {@link Governance} over the AWS SDK: CloudTrail per Region, Control Tower, CloudFormation and
 * Organizations (docs/aws-facts.md §14).
 */
final class SdkGovernance implements Governance {
  private final Function<String, CloudTrailClient> cloudTrail;
  private final ControlTowerClient controlTower;
  private final OrganizationsClient orgs;
  private final CloudFormationClient cloudFormation;
  private final Function<String, ConfigClient> config;

  SdkGovernance(
      Function<String, CloudTrailClient> cloudTrail,
      ControlTowerClient controlTower,
      OrganizationsClient orgs,
      CloudFormationClient cloudFormation,
      Function<String, ConfigClient> config) {
    this.cloudTrail = cloudTrail;
    this.controlTower = controlTower;
    this.orgs = orgs;
    this.cloudFormation = cloudFormation;
    this.config = config;
  }

  @Override
  public List<ConfigRecorder> configRecorders(String region) {
    ConfigClient client = config.apply(region);
    List<ConfigurationRecorder> recorders =
        SdkErrors.call(
            "DescribeConfigurationRecorders",
            () -> client.describeConfigurationRecorders(r -> {}).configurationRecorders());
    List<ConfigurationRecorderStatus> statuses =
        SdkErrors.call(
            "DescribeConfigurationRecorderStatus",
            () ->
                client.describeConfigurationRecorderStatus(r -> {}).configurationRecordersStatus());
    List<ConfigRecorder> out = new ArrayList<>();
    for (ConfigurationRecorder c : recorders) {
      boolean recording =
          statuses.stream()
              .anyMatch(s -> c.name().equals(s.name()) && Boolean.TRUE.equals(s.recording()));
      var group = c.recordingGroup();
      boolean all = group == null || Boolean.TRUE.equals(group.allSupported());
      List<String> types = group == null ? List.of() : group.resourceTypesAsStrings();
      List<String> excluded =
          group == null || group.exclusionByResourceTypes() == null
              ? List.of()
              : group.exclusionByResourceTypes().resourceTypesAsStrings();
      out.add(new ConfigRecorder(c.name(), recording, all, types, excluded));
    }
    return out;
  }

  @Override
  public List<Trail> trails(String region) {
    // Shadow trails are the multi-Region and organization trails whose home is another Region;
    // their status and selectors are asked by ARN in their home Region.
    List<software.amazon.awssdk.services.cloudtrail.model.Trail> all =
        SdkErrors.call(
            "DescribeTrails",
            () ->
                cloudTrail
                    .apply(region)
                    .describeTrails(r -> r.includeShadowTrails(true))
                    .trailList());
    List<Trail> out = new ArrayList<>();
    for (software.amazon.awssdk.services.cloudtrail.model.Trail t : all) {
      String home = t.homeRegion() == null ? region : t.homeRegion();
      CloudTrailClient client = cloudTrail.apply(home);
      Boolean logging =
          SdkErrors.call(
              "GetTrailStatus", () -> client.getTrailStatus(r -> r.name(t.trailARN())).isLogging());
      GetEventSelectorsResponse selectors =
          SdkErrors.call(
              "GetEventSelectors", () -> client.getEventSelectors(r -> r.trailName(t.trailARN())));
      out.add(
          new Trail(
              t.name(),
              t.trailARN(),
              home,
              Boolean.TRUE.equals(t.isOrganizationTrail()),
              Boolean.TRUE.equals(t.isMultiRegionTrail()),
              Boolean.TRUE.equals(logging),
              managementEvents(selectors)));
    }
    return out;
  }

  /**
   * Basic selectors: {@code IncludeManagementEvents} with {@code ReadWriteType All}. Advanced
   * selectors: one whose {@code eventCategory} equals {@code Management} and that does not narrow
   * {@code readOnly} (a tamper alert needs the write events; the read filter is the only field that
   * drops them wholesale). A trail with neither kind logs management events by default.
   */
  static boolean managementEvents(GetEventSelectorsResponse r) {
    if (r.hasAdvancedEventSelectors() && !r.advancedEventSelectors().isEmpty()) {
      for (AdvancedEventSelector s : r.advancedEventSelectors()) {
        boolean management = false;
        boolean narrowed = false;
        for (AdvancedFieldSelector f : s.fieldSelectors()) {
          if (f.field().equals("eventCategory") && f.equalsValue().contains("Management")) {
            management = true;
          } else if (f.field().equals("readOnly") || f.field().equals("eventSource")) {
            narrowed = true;
          }
        }
        if (management && !narrowed) {
          return true;
        }
      }
      return false;
    }
    if (r.hasEventSelectors() && !r.eventSelectors().isEmpty()) {
      for (EventSelector s : r.eventSelectors()) {
        if (!Boolean.FALSE.equals(s.includeManagementEvents())
            && (s.readWriteType() == null || s.readWriteType() == ReadWriteType.ALL)
            && (!s.hasExcludeManagementEventSources()
                || s.excludeManagementEventSources().isEmpty())) {
          return true;
        }
      }
      return false;
    }
    return true;
  }

  @Override
  public List<String> landingZones() {
    return SdkErrors.call(
        "ListLandingZones",
        () -> {
          List<String> out = new ArrayList<>();
          controlTower
              .listLandingZonesPaginator(r -> {})
              .forEach(page -> page.landingZones().forEach(lz -> out.add(lz.arn())));
          return out;
        });
  }

  @Override
  public List<String> selfManagedStackSets() {
    return SdkErrors.call(
        "ListStackSets",
        () -> {
          List<String> out = new ArrayList<>();
          cloudFormation
              .listStackSetsPaginator(r -> r.status(StackSetStatus.ACTIVE).callAs(CallAs.SELF))
              .forEach(page -> page.summaries().forEach(s -> out.add(s.stackSetName())));
          return out;
        });
  }

  @Override
  public List<Policy> policiesFor(String targetId, String type) {
    return SdkErrors.call(
        "ListPoliciesForTarget",
        () -> {
          List<Policy> out = new ArrayList<>();
          orgs.listPoliciesForTargetPaginator(r -> r.targetId(targetId).filter(type))
              .forEach(page -> page.policies().forEach(p -> out.add(new Policy(p.id(), p.name()))));
          return out;
        });
  }
}
