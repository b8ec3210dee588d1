package dev.airgap.generator.verify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.airgap.generator.policy.JobEventNames;
import dev.airgap.model.validate.MissingBackupChecks;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import software.amazon.event.ruler.Machine;

/**
 * The missing-backup half of AG6060 (central.alerts.jobNotifications.missingBackupHours): a
 * resource without a recent recovery point reaches the notifications topic only if every member
 * region has an AWS Config managed rule per resource type the plans back up, with the model's age
 * in hours and scoped to that type, and an enabled rule that forwards that Config rule's
 * NON_COMPLIANT results to the bus with the forwarder role, and the bus has an enabled rule that
 * sends them to a topic. The events are shaped as AWS Config's "Config Rules Compliance Change"
 * (docs/aws-facts.md §17.5); matching is event-ruler's. A COMPLIANT result must not match: a
 * notification for every resource that is fine would bury the ones that are not.
 */
final class MissingBackupDelivery {
  private MissingBackupDelivery() {}

  static String event(String ruleName, String resourceType, String compliance) {
    return "{\"version\":\"0\",\"source\":\"aws.config\",\"detail-type\":\"Config Rules Compliance"
        + " Change\",\"account\":\"111122223333\",\"region\":\"us-east-2\",\"resources\":[],"
        + "\"detail\":{\"awsAccountId\":\"111122223333\",\"configRuleName\":\""
        + ruleName
        + "\",\"resourceType\":\""
        + resourceType
        + "\",\"resourceId\":\"vol-0123456789abcdef0\",\"awsRegion\":\"us-east-2\","
        + "\"messageType\":\"ComplianceChangeNotification\",\"newEvaluationResult\":"
        + "{\"complianceType\":\""
        + compliance
        + "\"}}}";
  }

  static void check(World w, String busArn, String busLogicalId, List<String> out) {
    OptionalInt hours = MissingBackupChecks.hours(w.model);
    if (hours.isEmpty()) {
      return;
    }
    List<MissingBackupChecks.Check> checks = MissingBackupChecks.of(w.model);
    configRules(w, hours.getAsInt(), checks, out);
    String forwarding = JobEventNames.missingBackupForwardingRule(w.model);
    Set<String> seen = new TreeSet<>();
    boolean central = false;
    for (World.AlertRule r : w.rules) {
      if (r.name().equals(forwarding) && w.org.memberAccounts.containsKey(r.account())) {
        if (!seen.add(r.region())) {
          continue;
        }
        String where = r.file() + " " + r.logicalId() + " in " + r.region();
        matches(w, r, where, checks, out);
        String roleArn =
            "arn:"
                + w.org.partition
                + ":iam::"
                + r.account()
                + ":role/"
                + JobEventNames.forwarderRole(w.model);
        boolean toBus = false;
        for (JsonNode t : targets(w, r)) {
          toBus |=
              t.path("Arn").asText().equals(busArn) && t.path("RoleArn").asText().equals(roleArn);
        }
        if (!toBus) {
          out.add(where + " does not forward to " + busArn + " with the role " + roleArn);
        }
      } else if (r.account().equals(w.org.centralAccount)
          && r.name().equals(JobEventNames.missingBackupNotificationsRule(w.model))) {
        central = true;
        String where = r.file() + " " + r.logicalId();
        matches(w, r, where, checks, out);
        if (r.targetArns().stream().noneMatch(w.alertTopics::contains)) {
          out.add(where + " sends to " + r.targetArns() + ", which holds no notifications topic");
        }
      }
    }
    for (String region : w.model.members().regions()) {
      if (!seen.contains(region)) {
        out.add("no member rule " + forwarding + " forwards missing backups in " + region);
      }
    }
    if (!central) {
      out.add("no rule on " + busArn + " sends the forwarded missing backups to a topic");
    }
  }

  /**
   * Every member instance holds, per resource type the plans back up, the managed rule of that type
   * with the model's age in hours and a scope of that type alone.
   */
  private static void configRules(
      World w, int hours, List<MissingBackupChecks.Check> checks, List<String> out) {
    Set<String> regions = new TreeSet<>();
    for (TemplateInstance in : w.instances) {
      if (!w.org.memberAccounts.containsKey(in.account()) || !regions.add(in.region())) {
        continue;
      }
      for (MissingBackupChecks.Check c : checks) {
        String name = JobEventNames.configRule(w.model, c.name());
        String where = in.file() + " in " + in.region() + ": AWS Config rule " + name;
        JsonNode props = null;
        for (Map.Entry<String, JsonNode> e : in.resources().properties()) {
          JsonNode p = Intrinsics.resolve(e.getValue().path("Properties"), in);
          if (e.getValue().path("Type").asText().equals("AWS::Config::ConfigRule")
              && p.path("ConfigRuleName").asText().equals(name)) {
            props = p;
          }
        }
        if (props == null) {
          out.add(where + " is missing");
          continue;
        }
        if (!props.path("Source").path("Owner").asText().equals("AWS")
            || !props.path("Source").path("SourceIdentifier").asText().equals(c.identifier())) {
          out.add(where + " is not the managed rule " + c.identifier());
        }
        JsonNode params = props.path("InputParameters");
        if (!params.path("recoveryPointAgeUnit").asText().equals("hours")
            || !params.path("recoveryPointAgeValue").asText().equals(String.valueOf(hours))) {
          out.add(where + " allows " + params + ", not " + hours + " hours");
        }
        JsonNode scope = props.path("Scope");
        if (scope.has("TagKey")
            || scope.has("ComplianceResourceId")
            || !scope
                .path("ComplianceResourceTypes")
                .toString()
                .equals("[\"" + c.resourceType() + "\"]")) {
          out.add(where + " has the scope " + scope + ", not every " + c.resourceType());
        }
      }
    }
  }

  private static void matches(
      World w,
      World.AlertRule r,
      String where,
      List<MissingBackupChecks.Check> checks,
      List<String> out) {
    if (!r.enabled()) {
      out.add(where + " is not enabled");
    }
    try {
      Machine m = Machine.builder().build();
      m.addRule("rule", r.pattern());
      for (MissingBackupChecks.Check c : checks) {
        String name = JobEventNames.configRule(w.model, c.name());
        if (m.rulesForJSONEvent(event(name, c.resourceType(), "NON_COMPLIANT")).isEmpty()) {
          out.add(where + " does not match a NON_COMPLIANT result of " + name);
        }
        if (!m.rulesForJSONEvent(event(name, c.resourceType(), "COMPLIANT")).isEmpty()) {
          out.add(where + " also matches COMPLIANT results of " + name);
        }
      }
    } catch (Exception e) {
      out.add(where + " has a pattern EventBridge rejects: " + e.getMessage());
    }
  }

  private static List<JsonNode> targets(World w, World.AlertRule r) {
    List<JsonNode> out = new java.util.ArrayList<>();
    for (TemplateInstance in : w.instances) {
      if (in.file().equals(r.file())
          && in.account().equals(r.account())
          && in.region().equals(r.region())) {
        Intrinsics.resolve(in.resources().path(r.logicalId()).path("Properties"), in)
            .path("Targets")
            .forEach(out::add);
        return out;
      }
    }
    return out;
  }
}
