package dev.airgap.generator.verify;

import dev.airgap.generator.verify.iam.Glob;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Calls in the key account that only its SCP refuses (AG6080): taking over a role an exemption of
 * the key account names (a key admin, the execution role), and silencing the key account's alert
 * path. No key policy governs them, so each must be denied by the SCP alone to the key account's
 * administrator and root; a key admin without MFA is refused the take-overs.
 */
final class KeyAccountProbes {
  private KeyAccountProbes() {}

  /** The form prefix that marks these goals. */
  static final String SCP_ONLY = "key-account SCP:";

  static List<Goal> scpOnly(World w, World.KeyAccountKey k, boolean keyAdmin) {
    List<Goal> out = new ArrayList<>();
    String account = k.account();
    for (String exempt : w.exemptions) {
      if (!exempt.contains(":iam::" + account + ":role/")
          || exempt.contains(":role/aws-service-role/")) {
        continue;
      }
      String role = Glob.instance(exempt, "x");
      for (ThreatCatalog.Call call : ThreatCatalog.ROLE_TAKEOVER) {
        out.add(goal(call, role, "role take-over"));
      }
    }
    if (keyAdmin) {
      return out;
    }
    for (World.AlertRule r : w.rules) {
      if (r.account().equals(account) && r.region().equals(k.region())) {
        String arn =
            "arn:"
                + w.org.partition
                + ":events:"
                + k.region()
                + ":"
                + account
                + ":rule/"
                + r.name();
        for (ThreatCatalog.Call call : ThreatCatalog.SILENCING) {
          if (call.scope() == ThreatCatalog.Scope.ALERT_RULE && call.data()) {
            out.add(goal(call, arn, "alert rule"));
          }
        }
      }
    }
    for (String topic : w.alertTopics) {
      if (topic.contains(":" + k.region() + ":" + account + ":")) {
        out.add(
            goal(
                new ThreatCatalog.Call("sns:DeleteTopic", ThreatCatalog.Scope.ALERT_TOPIC, true),
                topic,
                "alert topic"));
      }
    }
    String trail =
        "arn:" + w.org.partition + ":cloudtrail:" + k.region() + ":" + account + ":trail/x";
    for (ThreatCatalog.Call call : ThreatCatalog.SILENCING) {
      if (call.scope() == ThreatCatalog.Scope.TRAIL) {
        out.add(goal(call, trail, "trail"));
      }
    }
    return out;
  }

  private static Goal goal(ThreatCatalog.Call call, String resource, String what) {
    return new Goal(call, resource, SCP_ONLY + " " + what, false, Map.of());
  }
}
