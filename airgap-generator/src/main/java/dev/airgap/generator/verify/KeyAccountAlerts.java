package dev.airgap.generator.verify;

import dev.airgap.generator.verify.CloudTrailEvents.Caller;
import dev.airgap.generator.verify.iam.Principal;
import dev.airgap.model.KeyAccount;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * AG6080's alert part: every call that destroys, re-policies or re-aliases the key-account key, or
 * silences the key account's alert path, by a key-account admin, its root or a key admin (with or
 * without MFA, CloudTrail records both), matches an ENABLED rule targeting an alert topic in the
 * key account and the key's region, where CloudTrail delivers it (docs/aws-facts.md §7.1).
 */
final class KeyAccountAlerts {
  private KeyAccountAlerts() {}

  static void check(VerifyContext ctx, World.KeyAccountKey k, KeyAccount ka, KeyPositions ps) {
    World w = ctx.world;
    List<Caller> callers = new ArrayList<>();
    callers.add(Caller.role(ps.keyAccountAdmin().arn(), ka.account()));
    callers.add(Caller.root(w.org.partition, ka.account()));
    for (Principal admin : ps.keyAdmins()) {
      callers.add(Caller.role(admin.arn(), ka.account()));
    }
    List<DestructiveCallsAlert.Probe> probes = new ArrayList<>();
    for (ThreatCatalog.Call call :
        List.of(
            new ThreatCatalog.Call("kms:ScheduleKeyDeletion", ThreatCatalog.Scope.KEY, true),
            new ThreatCatalog.Call("kms:DisableKey", ThreatCatalog.Scope.KEY, true),
            new ThreatCatalog.Call("kms:RevokeGrant", ThreatCatalog.Scope.KEY, true),
            new ThreatCatalog.Call("kms:PutKeyPolicy", ThreatCatalog.Scope.KEY, false),
            new ThreatCatalog.Call("kms:DeleteAlias", ThreatCatalog.Scope.KEY, false),
            new ThreatCatalog.Call("kms:UpdateAlias", ThreatCatalog.Scope.KEY, false))) {
      probes.add(
          new DestructiveCallsAlert.Probe(
              call, ka.account(), k.region(), Map.of("keyId", k.arn())));
    }
    for (ThreatCatalog.Call call : ThreatCatalog.SILENCING) {
      switch (call.scope()) {
        case ALERT_RULE ->
            w.rules.stream()
                .filter(r -> r.account().equals(ka.account()) && r.region().equals(k.region()))
                .forEach(
                    r ->
                        probes.add(
                            new DestructiveCallsAlert.Probe(
                                call, ka.account(), k.region(), Map.of("name", r.name()))));
        case ALERT_TOPIC ->
            w.alertTopics.stream()
                .filter(t -> t.contains(":" + k.region() + ":" + ka.account() + ":"))
                .forEach(
                    t ->
                        probes.add(
                            new DestructiveCallsAlert.Probe(
                                call, ka.account(), k.region(), Map.of("topicArn", t))));
        case ALERT_KEY ->
            w.alertKeys.getOrDefault(k.region(), java.util.Set.of()).stream()
                .filter(a -> a.contains(":" + ka.account() + ":"))
                .forEach(
                    a ->
                        probes.add(
                            new DestructiveCallsAlert.Probe(
                                call, ka.account(), k.region(), Map.of("keyId", a))));
        default ->
            probes.add(
                new DestructiveCallsAlert.Probe(
                    call, ka.account(), k.region(), Map.of("name", "trail")));
      }
    }
    Map<String, List<String>> missing = new LinkedHashMap<>();
    for (Caller caller : callers) {
      for (DestructiveCallsAlert.Probe probe : probes) {
        if (!DestructiveCallsAlert.alerted(w, probe, caller)) {
          missing.computeIfAbsent(probe.label(), x -> new ArrayList<>()).add(caller.toString());
        }
      }
    }
    ctx.table.mark(
        Position.Kind.KEY_ACCOUNT_ADMIN,
        Property.ALERTS,
        missing.isEmpty() ? ProofTable.Status.PROVEN : ProofTable.Status.BREACH);
    if (!missing.isEmpty()) {
      ctx.report(
          k.file(),
          k.pointer(),
          "silent: "
              + missing.size()
              + " call(s) in key account "
              + ka.account()
              + " reach no ENABLED rule targeting an alert topic ("
              + k.region()
              + "): "
              + missing,
          "Keep the key tamper rule of the key unit, targeting its alert topic.");
    }
  }
}
