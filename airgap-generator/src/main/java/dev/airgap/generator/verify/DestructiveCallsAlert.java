package dev.airgap.generator.verify;

import dev.airgap.generator.verify.CloudTrailEvents.Caller;
import dev.airgap.generator.verify.iam.Glob;
import dev.airgap.generator.verify.iam.Principal;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.event.ruler.Machine;

/**
 * AG6006: every destructive, weakening, silencing or take-over call, by every caller type, matches
 * an ENABLED EventBridge rule whose target is an alert topic, in the account and region where
 * CloudTrail delivers it (IAM and Organizations: the partition's global-events region, us-east-1 in
 * aws,
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-service-event.html#eb-service-event-cloudtrail).
 * Matching is done by AWS's own engine, event-ruler (https://github.com/aws/event-ruler).
 */
public final class DestructiveCallsAlert implements VerifyRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG6006",
          Severity.ERROR,
          "A destructive or silencing call does not alert",
          "Issue 11 property 6 (issue 10 item 3): key destruction, role take-over, rule/topic/trail changes and"
              + " Organizations changes must reach the alert topic, or the alert path can be switched off quietly first.",
          "Add EventBridge rules for each service (backup, kms, iam in us-east-1, events, sns, cloudtrail, ram; organizations"
              + " in the management account's us-east-1) targeting the alert topic, for every caller type.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(VerifyContext ctx) {
    World w = ctx.world;
    String part = w.org.partition;
    String central = w.org.centralAccount;
    List<String> exemptRoles = new ArrayList<>();
    w.exemptions.stream()
        .filter(e -> e.contains(":role/") && !e.contains("aws-reserved"))
        .forEach(e -> exemptRoles.add(Glob.instance(e.substring(e.indexOf(":role/") + 6), "x")));
    for (Configuration c : w.configurations) {
      for (Position p : ctx.positions) {
        List<Caller> callers = callers(p, part, central);
        if (callers.isEmpty()) {
          continue;
        }
        Map<String, List<String>> missing = new LinkedHashMap<>();
        for (Caller caller : callers) {
          for (Probe probe : probes(w, c, exemptRoles)) {
            if ("AWSService".equals(caller.type())
                && probe.call().scope() != ThreatCatalog.Scope.EXEMPT_ROLE) {
              continue; // a service acts on its own only when it creates roles for Identity Center
              // or StackSets
            }
            if (!alerted(w, probe, caller)) {
              missing.computeIfAbsent(probe.label(), k -> new ArrayList<>()).add(caller.toString());
            }
          }
        }
        ctx.table.mark(
            p.kind(),
            Property.ALERTS,
            missing.isEmpty() ? ProofTable.Status.PROVEN : ProofTable.Status.BREACH);
        if (!missing.isEmpty()) {
          missing.forEach(
              (label, who) ->
                  ctx.cells.add("AG6006|" + p.kind() + "|" + c.region() + "|" + label + "|" + who));
          ctx.report(
              c.vaultFile(),
              c.modelPointer(),
              "silent: "
                  + missing.size()
                  + " call(s) by "
                  + p.kind().label()
                  + " reach no ENABLED rule targeting an alert topic ("
                  + c.region()
                  + "): "
                  + missing,
              info().fix());
        }
      }
    }
  }

  /** One call on one resource, delivered to one account and region. */
  record Probe(ThreatCatalog.Call call, String account, String region, Map<String, String> params) {
    String label() {
      return call.action()
          + (params.containsKey("roleName") ? " role/" + params.get("roleName") : "")
          + (params.containsKey("keyId")
              ? " " + params.get("keyId").replaceFirst(".*/", "key/")
              : "");
    }
  }

  private static List<Caller> callers(Position p, String part, String central) {
    Principal s = p.start();
    return switch (p.kind()) {
      case CENTRAL_ADMIN ->
          List.of(
              Caller.user(part, central, "ops"),
              Caller.role(s.arn(), central),
              Caller.federated(part, central));
      case CENTRAL_ROOT -> List.of(Caller.root(part, central));
      case DEPLOY_ROLE -> List.of(Caller.role(s.arn(), s.account()));
      case IDENTITY_CENTER_ADMIN -> List.of(Caller.service("sso.amazonaws.com"));
      case MANAGEMENT -> List.of();
      default -> List.of();
    };
  }

  private static List<Probe> probes(World w, Configuration c, List<String> exemptRoles) {
    List<Probe> out = new ArrayList<>();
    String central = w.org.centralAccount;
    String r = c.region();
    String vaultName = c.vaultArn().substring(c.vaultArn().lastIndexOf(':') + 1);
    for (ThreatCatalog.Call call :
        concat(
            ThreatCatalog.RECOVERY_POINT_DATA,
            ThreatCatalog.VAULT_DATA,
            ThreatCatalog.VAULT_CONFIGURATION)) {
      for (String api : apiCalls(call.action())) {
        out.add(
            new Probe(
                new ThreatCatalog.Call(api, call.scope(), call.data()),
                central,
                r,
                Map.of("backupVaultName", vaultName)));
      }
    }
    if (c.keyArn() != null) {
      for (ThreatCatalog.Call call :
          concat(ThreatCatalog.KEY_DATA, ThreatCatalog.KEY_CONFIGURATION)) {
        if (!call.action().equals("kms:CreateGrant")) {
          out.add(new Probe(call, central, r, Map.of("keyId", c.keyArn())));
        }
      }
    }
    for (ThreatCatalog.Call call : ThreatCatalog.SILENCING) {
      switch (call.scope()) {
        case ALERT_KEY ->
            w.alertKeys
                .getOrDefault(r, java.util.Set.of())
                .forEach(k -> out.add(new Probe(call, central, r, Map.of("keyId", k))));
        case ALERT_RULE ->
            w.alertRuleNames
                .getOrDefault(r, java.util.Set.of())
                .forEach(n -> out.add(new Probe(call, central, r, Map.of("name", n))));
        case ALERT_TOPIC ->
            w.alertTopics.stream()
                .filter(t -> t.contains(":" + r + ":"))
                .forEach(t -> out.add(new Probe(call, central, r, Map.of("topicArn", t))));
        default -> out.add(new Probe(call, central, r, Map.of("name", "trail")));
      }
    }
    for (String role : exemptRoles) {
      for (ThreatCatalog.Call call : ThreatCatalog.ROLE_TAKEOVER) {
        out.add(
            new Probe(
                call,
                central,
                w.model.organization().partition().globalEventsRegion(),
                Map.of("roleName", role.substring(role.lastIndexOf('/') + 1))));
      }
    }
    for (String share : w.resourceShares) {
      if (share.contains(":" + r + ":")) {
        ThreatCatalog.SHARING.forEach(
            call -> out.add(new Probe(call, central, r, Map.of("resourceShareArn", share))));
      }
    }
    return out;
  }

  /**
   * The API calls CloudTrail records for an IAM action. Permission-only actions never appear as an
   * event of their own; the calls that need them do: CopyFromBackupVault is checked when a copy job
   * starts, the sharing-policy actions when RAM shares or unshares the vault (Service Authorization
   * Reference for AWS Backup, "permission only"; docs/aws-facts.md §13.10).
   */
  static List<String> apiCalls(String action) {
    return switch (action) {
      case "backup:CopyFromBackupVault" -> List.of("backup:StartCopyJob");
      case "backup:PutBackupVaultSharingPolicy" ->
          List.of("ram:CreateResourceShare", "ram:AssociateResourceShare");
      case "backup:DeleteBackupVaultSharingPolicy" ->
          List.of("ram:DisassociateResourceShare", "ram:DeleteResourceShare");
      default -> List.of(action);
    };
  }

  @SafeVarargs
  private static List<ThreatCatalog.Call> concat(List<ThreatCatalog.Call>... lists) {
    List<ThreatCatalog.Call> out = new ArrayList<>();
    for (List<ThreatCatalog.Call> l : lists) {
      out.addAll(l);
    }
    return out;
  }

  /**
   * Whether some ENABLED rule in the delivery account and region, targeting an alert topic,
   * matches.
   */
  static boolean alerted(World w, Probe probe, Caller caller) {
    Caller shown =
        caller.account().isEmpty() || caller.account().equals(probe.account()) ? caller : caller;
    String event =
        CloudTrailEvents.event(
            probe.call(), shown, probe.account(), probe.region(), probe.params());
    for (World.AlertRule rule : w.rules) {
      if (!rule.enabled()
          || !rule.account().equals(probe.account())
          || !rule.region().equals(probe.region())
          || rule.targetArns().stream().noneMatch(w.alertTopics::contains)) {
        continue;
      }
      try {
        Machine m =
            w.machines.computeIfAbsent(
                rule.pattern(),
                pattern -> {
                  Machine fresh = Machine.builder().build();
                  try {
                    fresh.addRule("rule", pattern);
                  } catch (Exception e) {
                    return null;
                  }
                  return fresh;
                });
        if (m != null && !m.rulesForJSONEvent(event).isEmpty()) {
          return true;
        }
      } catch (Exception e) {
        // A pattern event-ruler cannot compile would be rejected by EventBridge too: it alerts
        // nothing.
      }
    }
    return false;
  }
}
