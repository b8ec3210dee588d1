package dev.airgap.generator.verify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.airgap.generator.policy.JobEventNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import software.amazon.event.ruler.Machine;

/**
 * The delivery half of AG6060: a failed job reaches the notifications topic only if the member
 * forwarding rule of every member region and the central rule on the bus are enabled, match AWS
 * Backup's events, and target the bus (with the forwarder role) and a topic. The events are the
 * fields EventBridge matches of the examples in the AWS Backup Developer Guide, "Monitoring AWS
 * Backup events using Amazon EventBridge" (docs/aws-facts.md §17.1); matching is event-ruler's, the
 * library EventBridge uses.
 */
final class JobEventDelivery {
  private JobEventDelivery() {}

  /** Label → event: backup and copy jobs report detail.state, restore jobs detail.status. */
  static final Map<String, String> SAMPLES =
      Map.of(
          "backup job FAILED",
          event("Backup Job State Change", "state", "FAILED"),
          "backup job ABORTED",
          event("Backup Job State Change", "state", "ABORTED"),
          "backup job EXPIRED",
          event("Backup Job State Change", "state", "EXPIRED"),
          "copy job FAILED",
          event("Copy Job State Change", "state", "FAILED"),
          "restore job FAILED",
          event("Restore Job State Change", "status", "FAILED"));

  private static String event(String detailType, String field, String value) {
    return "{\"version\":\"0\",\"source\":\"aws.backup\",\"detail-type\":\""
        + detailType
        + "\",\"account\":\"111122223333\",\"region\":\"us-west-2\",\"resources\":[],"
        + "\"detail\":{\""
        + field
        + "\":\""
        + value
        + "\",\"statusMessage\":\"reason\"}}";
  }

  static void check(World w, String busArn, String busLogicalId, List<String> out) {
    String forwarding = JobEventNames.forwardingRule(w.model);
    String role = JobEventNames.forwarderRole(w.model);
    Set<String> memberRegions = new TreeSet<>();
    Set<String> seen = new TreeSet<>();
    boolean central = false;
    for (World.AlertRule r : w.rules) {
      if (r.name().equals(forwarding) && w.org.memberAccounts.containsKey(r.account())) {
        memberRegions.add(r.region());
        if (!seen.add(r.region())) {
          continue;
        }
        String where = r.file() + " " + r.logicalId() + " in " + r.region();
        String roleArn = "arn:" + w.org.partition + ":iam::" + r.account() + ":role/" + role;
        delivers(r, where, out);
        boolean toBus = false;
        for (JsonNode t : targets(w, r)) {
          toBus |=
              t.path("Arn").asText().equals(busArn) && t.path("RoleArn").asText().equals(roleArn);
        }
        if (!toBus) {
          out.add(where + " does not forward to " + busArn + " with the role " + roleArn);
        }
      } else if (r.account().equals(w.org.centralAccount)
          && r.name().equals(JobEventNames.notificationsRule(w.model))) {
        central = true;
        String where = r.file() + " " + r.logicalId();
        delivers(r, where, out);
        String bus = onBus(w, r);
        if (!bus.equals(busLogicalId) && !bus.equals(JobEventNames.bus(w.model))) {
          out.add(where + " listens on the bus '" + bus + "', not on " + busArn);
        }
        if (r.targetArns().stream().noneMatch(w.alertTopics::contains)) {
          out.add(where + " sends to " + r.targetArns() + ", which holds no notifications topic");
        }
      }
    }
    for (String region : w.model.members().regions()) {
      if (!memberRegions.contains(region)) {
        out.add("no member forwarding rule " + forwarding + " in " + region);
      }
    }
    if (!central) {
      out.add("no rule on " + busArn + " sends the forwarded jobs to a topic");
    }
  }

  /** Enabled, and matching every documented end state the notifications promise. */
  private static void delivers(World.AlertRule r, String where, List<String> out) {
    if (!r.enabled()) {
      out.add(where + " is not enabled");
    }
    try {
      Machine m = Machine.builder().build();
      m.addRule("rule", r.pattern());
      for (Map.Entry<String, String> s : new java.util.TreeMap<>(SAMPLES).entrySet()) {
        if (m.rulesForJSONEvent(s.getValue()).isEmpty()) {
          out.add(where + " does not match a " + s.getKey() + " event");
        }
      }
    } catch (Exception e) {
      out.add(where + " has a pattern EventBridge rejects: " + e.getMessage());
    }
  }

  private static List<JsonNode> targets(World w, World.AlertRule r) {
    List<JsonNode> out = new ArrayList<>();
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

  private static String onBus(World w, World.AlertRule r) {
    for (TemplateInstance in : w.instances) {
      if (in.file().equals(r.file()) && in.account().equals(r.account())) {
        return Intrinsics.resolve(in.resources().path(r.logicalId()).path("Properties"), in)
            .path("EventBusName")
            .asText("default");
      }
    }
    return "default";
  }
}
