package dev.airgap.generator.verify;

import dev.airgap.generator.policy.ProtectedActions;
import dev.airgap.generator.units.RestoreTestingUnit;
import dev.airgap.generator.verify.iam.ConditionClause;
import dev.airgap.generator.verify.iam.Decision;
import dev.airgap.generator.verify.iam.Glob;
import dev.airgap.generator.verify.iam.Principal;
import dev.airgap.generator.verify.iam.Statement;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * AG6051: the exemption restore testing needs is bounded, and its failures are heard. Read from the
 * templates:
 *
 * <ul>
 *   <li>the only service-linked role any vault deny exempts is AWS Backup's restore-testing one,
 *       and only from {@code StartRestoreJob};
 *   <li>when it is exempt, neither the central admin nor the central root may create, change or
 *       delete a restore testing plan or selection (they decide what it restores), while the admins
 *       and the deploy roles still may (the deploy creates them);
 *   <li>in every tested region a failed restore job and a failed validation reach an enabled rule
 *       that targets an alert topic.
 * </ul>
 */
public final class RestoreTestingServiceRoleBounded implements VerifyRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG6051",
          Severity.ERROR,
          "Restore testing's exemption reaches beyond restores the admins configure, or its failures are silent",
          "The restore-testing service-linked role is exempt from the vault's restore deny so that"
              + " tests can run; exempt from more, or pointed at the vault by whoever may write a"
              + " restore testing plan, it restores or destroys for them. A failed restore test that"
              + " alerts nobody proves nothing (docs/aws-facts.md §16.4, §16.5).",
          "Regenerate the restore-testing and central-vault units; keep the restore-testing changes"
              + " denied to all but the admins and the deploy roles in the central-account SCP.");

  private static final Set<Position.Kind> ATTACKERS = NoDestruction.ATTACKERS;

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(VerifyContext ctx) {
    serviceLinkedExemptions(ctx);
    if (ctx.world.model.central().restoreTesting().isPresent()) {
      failuresAlert(ctx);
    }
  }

  /**
   * The restore-testing service-linked role is the only service-linked role a deny exempts, only
   * from StartRestoreJob; and then nobody but the admins and deploy roles decides what it restores.
   */
  private static void serviceLinkedExemptions(VerifyContext ctx) {
    World w = ctx.world;
    String slr =
        "arn:"
            + w.org.partition
            + ":iam::"
            + w.org.centralAccount
            + ":role/"
            + RestoreTestingUnit.SERVICE_ROLE_PATH;
    boolean slrExempt = false;
    for (String pattern : w.exemptions) {
      if (!pattern.contains(":role/aws-service-role/")) {
        continue;
      }
      if (!pattern.equals(slr)) {
        ctx.report(
            "",
            "/central",
            "breach: a deny exempts the service-linked role "
                + pattern
                + "; only AWS Backup's restore-testing role may be, and only from StartRestoreJob",
            INFO.fix());
        continue;
      }
      slrExempt = true;
    }
    if (!slrExempt) {
      return;
    }
    for (String action : exemptFrom(w, slr)) {
      if (!action.equals("backup:StartRestoreJob")) {
        ctx.report(
            "",
            "/central/restoreTesting",
            "breach: a deny exempts the restore-testing service-linked role from " + action,
            INFO.fix());
      }
    }
    for (Configuration c : w.configurations) {
      AttackSearch search = new AttackSearch(w, c);
      String plan =
          "arn:"
              + w.org.partition
              + ":backup:"
              + c.region()
              + ":"
              + w.org.centralAccount
              + ":restore-testing-plan:x";
      for (Position p : ctx.positions) {
        // Restore testing plans are created by principals of their own account: the attackers
        // there are the central admin and root; the others must first become one (AG6002).
        if (!ATTACKERS.contains(p.kind()) || !p.start().account().equals(w.org.centralAccount)) {
          continue;
        }
        boolean held = true;
        for (String action : ProtectedActions.restoreTestingConfiguration()) {
          Decision d = search.decide(p.start(), false, false, action, plan, Map.of());
          if (d.allowed()) {
            held = false;
            ctx.report(
                c.vaultFile(),
                "/central/restoreTesting",
                "breach: "
                    + p.describe()
                    + " can "
                    + action
                    + " "
                    + plan
                    + " and so make the exempt restore-testing service-linked role restore "
                    + c.vaultArn()
                    + "'s copies",
                INFO.fix());
          }
        }
        ctx.table.mark(
            p.kind(),
            Property.NO_DESTRUCTION,
            held ? ProofTable.Status.PROVEN : ProofTable.Status.BREACH);
      }
      // The deploy roles create and update the plans, the admins may fix them by hand.
      List<Principal> writers = new ArrayList<>(Positions.admins(w));
      writers.addAll(Positions.deployRoles(w));
      for (Principal who : writers) {
        if (!who.account().equals(w.org.centralAccount)) {
          continue;
        }
        for (String action : ProtectedActions.restoreTestingConfiguration()) {
          Decision d = search.decide(who, false, false, action, plan, Map.of());
          if (!d.allowed()) {
            ctx.table.mark(
                Position.Kind.VAULT_ADMIN, Property.NO_LOCKOUT, ProofTable.Status.BREACH);
            ctx.report(
                c.vaultFile(),
                "/central/restoreTesting",
                "lock-out: "
                    + VerifyContext.who(who)
                    + " cannot "
                    + action
                    + " ("
                    + d.reason()
                    + ")",
                INFO.fix());
          }
        }
      }
    }
  }

  /** The actions of deny statements whose exemptions match {@code arn}. */
  private static Set<String> exemptFrom(World w, String arn) {
    Set<String> out = new TreeSet<>();
    for (Configuration c : w.configurations) {
      if (c.accessPolicy() == null) {
        continue;
      }
      for (Statement s : c.accessPolicy().statements()) {
        if (s.allow()) {
          continue;
        }
        for (ConditionClause cl : s.conditions()) {
          if (cl.key().equalsIgnoreCase("aws:PrincipalArn")
              && cl.negated()
              && cl.values().stream().anyMatch(v -> Glob.arnMatches(v, arn))) {
            s.actions().forEach(out::add);
          }
        }
      }
    }
    return out;
  }

  /**
   * In every tested region, a failed restore job and a failed validation reach an enabled rule that
   * targets an alert topic: a restore test nobody hears of proves nothing.
   */
  private static void failuresAlert(VerifyContext ctx) {
    World w = ctx.world;
    String account = w.org.centralAccount;
    boolean ok = true;
    for (String region : w.model.central().restoreTesting().get().regionsIn(w.model.central())) {
      for (String detail :
          List.of(
              "{\"status\":\"FAILED\",\"resourceType\":\"EBS\"}",
              "{\"status\":\"COMPLETED\",\"validationStatus\":\"FAILED\"}")) {
        String event =
            "{\"version\":\"0\",\"id\":\"1\",\"detail-type\":\"Restore Job State Change\","
                + "\"source\":\"aws.backup\",\"account\":\""
                + account
                + "\",\"time\":\"2026-01-01T00:00:00Z\",\"region\":\""
                + region
                + "\",\"resources\":[],\"detail\":"
                + detail
                + "}";
        if (!alerted(w, account, region, event)) {
          ok = false;
          ctx.report(
              "",
              "/central/restoreTesting",
              "silent: a restore job event " + detail + " in " + region + " reaches no alert topic",
              INFO.fix());
        }
      }
    }
    ctx.table.mark(
        Position.Kind.VAULT_ADMIN,
        Property.ALERTS,
        ok ? ProofTable.Status.PROVEN : ProofTable.Status.BREACH);
  }

  /** Like DestructiveCallsAlert: an enabled rule of the account and region, to an alert topic. */
  private static boolean alerted(World w, String account, String region, String event) {
    for (World.AlertRule rule : w.rules) {
      if (!rule.enabled()
          || !rule.account().equals(account)
          || !rule.region().equals(region)
          || rule.targetArns().stream().noneMatch(w.alertTopics::contains)) {
        continue;
      }
      software.amazon.event.ruler.Machine m =
          w.machines.computeIfAbsent(
              rule.pattern(),
              pattern -> {
                software.amazon.event.ruler.Machine fresh =
                    software.amazon.event.ruler.Machine.builder().build();
                try {
                  fresh.addRule("rule", pattern);
                } catch (Exception e) {
                  return null; // EventBridge would reject it too: it alerts nothing
                }
                return fresh;
              });
      try {
        if (m != null && !m.rulesForJSONEvent(event).isEmpty()) {
          return true;
        }
      } catch (Exception e) {
        // an event event-ruler cannot read matches nothing
      }
    }
    return false;
  }
}
