package dev.airgap.generator.verify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.airgap.generator.policy.JobEventNames;
import dev.airgap.generator.verify.iam.Decision;
import dev.airgap.generator.verify.iam.Layers;
import dev.airgap.generator.verify.iam.Policy;
import dev.airgap.generator.verify.iam.PolicyEvaluator;
import dev.airgap.generator.verify.iam.Principal;
import dev.airgap.generator.verify.iam.Request;
import dev.airgap.generator.verify.iam.Statement;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * AG6060: the organization-wide job notifications cannot be forged from outside, and their member
 * role is good for nothing else. The central job event bus's policy must refuse events:PutEvents to
 * every principal outside the organization (another organization's, or none), admit each member
 * account's forwarder role, and grant no other call; the forwarder role must be assumable by
 * EventBridge alone and its own policies must allow events:PutEvents on that one bus and nothing
 * else; and the rules must deliver ({@link JobEventDelivery}). Who may delete or retarget the
 * member forwarding rule is AG6011's.
 */
public final class JobEventsSound implements VerifyRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG6060",
          Severity.ERROR,
          "The job event bus admits principals outside the organization, or the forwarder role can do more than forward",
          "Issue 12 item 4: a bus anyone may put events on lets an outsider flood the notifications or forge"
              + " failures that hide real ones; a forwarder role with more than events:PutEvents on the one bus is"
              + " a role every member account holds that an attacker could pass to EventBridge"
              + " (docs/aws-facts.md §17.2).",
          "Regenerate the job-events and member-baseline templates from the model; do not edit them by hand.");

  /** Calls an organization principal must not get from the bus policy. */
  private static final List<String> OTHER_BUS_CALLS =
      List.of(
          "events:DeleteRule",
          "events:DisableRule",
          "events:PutPermission",
          "events:PutRule",
          "events:PutTargets",
          "events:RemovePermission",
          "events:RemoveTargets");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(VerifyContext ctx) {
    World w = ctx.world;
    if (w.model.central().alerts().jobNotifications().isEmpty()) {
      return;
    }
    String part = w.org.partition;
    String busName = JobEventNames.bus(w.model);
    List<String> breaches = new ArrayList<>();
    String file = "";
    String busArn = null;
    for (TemplateInstance in : w.instances) {
      for (Map.Entry<String, JsonNode> e : in.resources().properties()) {
        JsonNode props = Intrinsics.resolve(e.getValue().path("Properties"), in);
        if (!e.getValue().path("Type").asText().equals("AWS::Events::EventBus")
            || !props.path("Name").asText().equals(busName)) {
          continue;
        }
        file = in.file();
        busArn =
            "arn:" + part + ":events:" + in.region() + ":" + in.account() + ":event-bus/" + busName;
        Policy policy = Policy.parse(props.path("Policy"), in.file(), e.getKey(), "");
        busPolicy(w, busArn, policy, breaches);
        JobEventDelivery.check(w, busArn, e.getKey(), breaches);
        MissingBackupDelivery.check(w, busArn, e.getKey(), breaches);
      }
    }
    if (busArn == null) {
      breaches.add("no event bus " + busName + " is generated although the model asks for it");
    } else {
      forwarderRoles(w, busArn, breaches);
    }
    breaches.stream()
        .distinct()
        .forEach(
            b -> ctx.report("", "/central/alerts/jobNotifications", "breach: " + b, info().fix()));
    ctx.table.mark(
        Position.Kind.OUTSIDER,
        Property.NO_ESCALATION,
        breaches.isEmpty() ? ProofTable.Status.PROVEN : ProofTable.Status.BREACH);
  }

  private static void busPolicy(World w, String busArn, Policy policy, List<String> out) {
    Layers layers = new Layers(w.scps, w.org.managementAccount, policy, false);
    String central = w.org.centralAccount;
    List<Principal> outsiders =
        List.of(
            Positions.outsider(w.org.partition, "Outsider"),
            new Principal(
                "principal of an account in no organization",
                "arn:" + w.org.partition + ":iam::888888888888:role/Anyone",
                "888888888888",
                "",
                List.of(),
                Principal.Kind.ROLE,
                false));
    for (Principal p : outsiders) {
      Decision d =
          PolicyEvaluator.evaluate(Request.of(p, "events:PutEvents", busArn, central), layers);
      if (d.allowed()) {
        out.add(
            p.label()
                + " "
                + p.arn()
                + " can events:PutEvents on "
                + busArn
                + " ("
                + d.explain()
                + ")");
      }
    }
    String rule = busArn.replace(":event-bus/", ":rule/") + "/any-rule";
    for (Map.Entry<String, List<String>> m : w.org.memberAccounts.entrySet()) {
      Principal forwarder = forwarder(w, m.getKey(), m.getValue());
      Decision put =
          PolicyEvaluator.evaluate(
              Request.of(forwarder, "events:PutEvents", busArn, central), layers);
      if (!put.allowed()) {
        out.add(
            "lock-out: the forwarder role of member account "
                + m.getKey()
                + " cannot events:PutEvents on "
                + busArn
                + " ("
                + put.reason()
                + ")");
      }
      for (String action : OTHER_BUS_CALLS) {
        for (String resource : List.of(busArn, rule)) {
          Decision d =
              PolicyEvaluator.evaluate(Request.of(forwarder, action, resource, central), layers);
          if (d.allowed()) {
            out.add(
                "a principal of member account "
                    + m.getKey()
                    + " can "
                    + action
                    + " on "
                    + resource
                    + " ("
                    + d.explain()
                    + ")");
          }
        }
      }
    }
  }

  private static Principal forwarder(World w, String account, List<String> path) {
    return new Principal(
        "job event forwarder",
        "arn:"
            + w.org.partition
            + ":iam::"
            + account
            + ":role/"
            + JobEventNames.forwarderRole(w.model),
        account,
        w.org.organizationId,
        path,
        Principal.Kind.ROLE,
        false);
  }

  /**
   * Every forwarder role the member instances create: trusted by EventBridge alone, no managed
   * policy, and inline policies that allow events:PutEvents on the bus and nothing else.
   */
  private static void forwarderRoles(World w, String busArn, List<String> out) {
    String roleName = JobEventNames.forwarderRole(w.model);
    int roles = 0;
    for (TemplateInstance in : w.instances) {
      if (!w.org.memberAccounts.containsKey(in.account())) {
        continue;
      }
      for (Map.Entry<String, JsonNode> e : in.resources().properties()) {
        JsonNode r = e.getValue();
        if (r.has("Condition") && !Intrinsics.condition(r.get("Condition").asText(), in)) {
          continue;
        }
        if (r.path("Type").asText().equals("AWS::Events::Rule")) {
          forwardingRule(w, in, e.getKey(), busArn, out);
          continue;
        }
        if (!r.path("Type").asText().equals("AWS::IAM::Role")) {
          continue;
        }
        JsonNode props = Intrinsics.resolve(r.path("Properties"), in);
        if (!props.path("RoleName").asText().equals(roleName)) {
          continue;
        }
        roles++;
        String where = in.file() + " " + e.getKey();
        Policy trust =
            Policy.parse(props.path("AssumeRolePolicyDocument"), in.file(), e.getKey(), "");
        for (Statement s : trust.statements()) {
          if (s.allow()
              && !s.principals().equals(Map.of("Service", List.of("events.amazonaws.com")))) {
            out.add(where + " is trusted by " + s.principals() + ", not by EventBridge alone");
          }
        }
        if (props.path("ManagedPolicyArns").size() > 0) {
          out.add(where + " has managed policies " + props.path("ManagedPolicyArns"));
        }
        List<Policy> inline = new ArrayList<>();
        props
            .path("Policies")
            .forEach(
                p -> inline.add(Policy.parse(p.path("PolicyDocument"), in.file(), e.getKey(), "")));
        Principal self = forwarder(w, in.account(), w.org.memberAccounts.get(in.account()));
        if (!allows(inline, Request.of(self, "events:PutEvents", busArn, in.account()))) {
          out.add("lock-out: " + where + " may not events:PutEvents on " + busArn);
        }
        for (Request probe : probes(w, self, busArn, in)) {
          if (allows(inline, probe)) {
            out.add(where + " can also " + probe.action() + " on " + probe.resource());
          }
        }
      }
    }
    if (roles == 0) {
      out.add("no member instance creates the forwarder role " + roleName);
    }
  }

  /**
   * The member forwarding rule sends to the bus with the forwarder role: pointed elsewhere, the
   * account's failures would leave the organization or go nowhere.
   */
  private static void forwardingRule(
      World w, TemplateInstance in, String id, String busArn, List<String> out) {
    JsonNode props = Intrinsics.resolve(in.resources().path(id).path("Properties"), in);
    if (!props.path("Name").asText().equals(JobEventNames.forwardingRule(w.model))) {
      return;
    }
    String role =
        "arn:"
            + w.org.partition
            + ":iam::"
            + in.account()
            + ":role/"
            + JobEventNames.forwarderRole(w.model);
    for (JsonNode t : props.path("Targets")) {
      if (!t.path("Arn").asText().equals(busArn) || !t.path("RoleArn").asText().equals(role)) {
        out.add(
            in.file()
                + " "
                + id
                + " in "
                + in.region()
                + " sends to "
                + t.path("Arn").asText()
                + " as "
                + t.path("RoleArn").asText("no role")
                + ", not to "
                + busArn
                + " as "
                + role);
      }
    }
  }

  /** What a role that only forwards must not be allowed to do. */
  private static List<Request> probes(World w, Principal self, String busArn, TemplateInstance in) {
    String part = w.org.partition;
    String account = in.account();
    String region = in.region();
    String central = w.org.centralAccount;
    String other = busArn.substring(0, busArn.lastIndexOf('/') + 1) + "some-other-bus";
    String[][] calls = {
      {
        "events:PutEvents",
        "arn:" + part + ":events:" + region + ":" + account + ":event-bus/default"
      },
      {"events:PutEvents", other},
      {"events:PutRule", busArn.replace(":event-bus/", ":rule/") + "/x"},
      {"events:PutTargets", "arn:" + part + ":events:" + region + ":" + account + ":rule/x"},
      {"events:DeleteRule", "arn:" + part + ":events:" + region + ":" + account + ":rule/x"},
      {"iam:PassRole", "arn:" + part + ":iam::" + account + ":role/x"},
      {"iam:CreateRole", "arn:" + part + ":iam::" + account + ":role/x"},
      {"sts:AssumeRole", "arn:" + part + ":iam::" + central + ":role/x"},
      {
        "backup:DeleteRecoveryPoint",
        "arn:" + part + ":backup:" + region + ":" + account + ":recovery-point:x"
      },
      {
        "backup:StartCopyJob",
        "arn:" + part + ":backup:" + region + ":" + account + ":backup-vault:x"
      },
      {"kms:Decrypt", "arn:" + part + ":kms:" + region + ":" + account + ":key/x"},
      {"sns:Publish", "arn:" + part + ":sns:" + region + ":" + central + ":x"},
      {"s3:GetObject", "arn:" + part + ":s3:::x/y"}
    };
    List<Request> out = new ArrayList<>();
    for (String[] c : calls) {
      out.add(Request.of(self, c[0], c[1], account));
    }
    return out;
  }

  /** Whether identity policies alone allow the request: an allow matches and no deny does. */
  private static boolean allows(List<Policy> policies, Request r) {
    Map<String, List<String>> ctx = r.context();
    boolean allowed = false;
    for (Policy p : policies) {
      for (Statement s : p.statements()) {
        if (!s.matchesAction(r.action())
            || !s.matchesResource(r.resource())
            || s.failingCondition(ctx) != null) {
          continue;
        }
        if (!s.allow()) {
          return false;
        }
        allowed = true;
      }
    }
    return allowed;
  }
}
