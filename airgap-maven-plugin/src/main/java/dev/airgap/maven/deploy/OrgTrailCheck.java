package dev.airgap.maven.deploy;

import dev.airgap.generator.manifest.DeploymentUnit;
import dev.airgap.maven.deploy.Doctor.Check;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The tamper alerts are EventBridge rules on CloudTrail management events (docs/aws-facts.md §13
 * #6, §14.1): without an organization trail that records read and write management events in every
 * Region airgap uses, and in us-east-1 for IAM and Organizations events, the alerts stay silent.
 */
final class OrgTrailCheck {
  /** IAM, STS (global endpoint) and Organizations events are recorded only in us-east-1. */
  static final String GLOBAL_EVENTS_REGION = "us-east-1";

  private OrgTrailCheck() {}

  static Set<String> regions(DeployInput input) {
    Set<String> regions = new TreeSet<>();
    for (DeploymentUnit u : input.manifest().units()) {
      regions.addAll(u.regions());
    }
    regions.add(GLOBAL_EVENTS_REGION);
    return regions;
  }

  static List<Check> check(Governance governance, DeployInput input) {
    List<Check> checks = new ArrayList<>();
    for (String region : regions(input)) {
      String title = "organization trail logs management events in " + region;
      List<Governance.Trail> trails;
      try {
        trails = governance.trails(region);
      } catch (CloudCallException e) {
        checks.add(Doctor.notChecked(title, e));
        continue;
      }
      Optional<Governance.Trail> good =
          trails.stream().filter(t -> covers(t, region) && sound(t)).findFirst();
      if (good.isPresent()) {
        Governance.Trail t = good.get();
        checks.add(
            Doctor.pass(
                title,
                t.name()
                    + " ("
                    + (t.multiRegion() ? "multi-Region, home " + t.homeRegion() : t.homeRegion())
                    + ", logging, read+write management events)"));
        continue;
      }
      checks.add(Doctor.fail(title, why(trails, region), fix(trails, region)));
    }
    return checks;
  }

  private static boolean covers(Governance.Trail t, String region) {
    return t.organizationTrail() && (t.multiRegion() || t.homeRegion().equals(region));
  }

  private static boolean sound(Governance.Trail t) {
    return t.logging() && t.managementEvents();
  }

  private static String why(List<Governance.Trail> trails, String region) {
    List<Governance.Trail> org = trails.stream().filter(t -> covers(t, region)).toList();
    if (org.isEmpty()) {
      List<String> others = trails.stream().map(Governance.Trail::name).sorted().toList();
      return "no organization trail records here"
          + (others.isEmpty() ? "" : " (account trails only: " + String.join(", ", others) + ")")
          + "; the tamper alerts see no management events";
    }
    Governance.Trail t = org.get(0);
    List<String> problems = new ArrayList<>();
    if (!t.logging()) {
      problems.add("is not logging");
    }
    if (!t.managementEvents()) {
      problems.add("does not record read and write management events");
    }
    return t.name() + " " + String.join(" and ", problems);
  }

  private static String fix(List<Governance.Trail> trails, String region) {
    Optional<Governance.Trail> org = trails.stream().filter(t -> covers(t, region)).findFirst();
    if (org.isEmpty()) {
      return "aws cloudtrail create-trail --name airgap-org-trail --s3-bucket-name <log-bucket>"
          + " --is-organization-trail --is-multi-region-trail --include-global-service-events"
          + " --region "
          + GLOBAL_EVENTS_REGION
          + " && aws cloudtrail start-logging --name airgap-org-trail --region "
          + GLOBAL_EVENTS_REGION
          + " (from the management account or the CloudTrail delegated admin; the bucket policy"
          + " must let cloudtrail.amazonaws.com write AWSLogs/<org-id>/)";
    }
    Governance.Trail t = org.get();
    List<String> commands = new ArrayList<>();
    if (!t.managementEvents()) {
      commands.add(
          "aws cloudtrail put-event-selectors --trail-name "
              + t.arn()
              + " --region "
              + t.homeRegion()
              + " --event-selectors '[{\"ReadWriteType\":\"All\",\"IncludeManagementEvents\":true}]'"
              + " (this replaces the trail's selectors: add back any data event selectors it has)");
    }
    if (!t.logging()) {
      commands.add(
          "aws cloudtrail start-logging --name " + t.arn() + " --region " + t.homeRegion());
    }
    return String.join(" && ", commands);
  }
}
