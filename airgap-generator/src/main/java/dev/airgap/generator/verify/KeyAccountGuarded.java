package dev.airgap.generator.verify;

import dev.airgap.generator.verify.iam.AttachedScp;
import dev.airgap.generator.verify.iam.Decision;
import dev.airgap.generator.verify.iam.Layers;
import dev.airgap.generator.verify.iam.Policy;
import dev.airgap.generator.verify.iam.PolicyEvaluator;
import dev.airgap.generator.verify.iam.Principal;
import dev.airgap.generator.verify.iam.Request;
import dev.airgap.model.KeyAccount;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * AG6080: the central vault's key in the key account ({@code central.key.kind: key-account},
 * docs/aws-facts.md §20.3). For each central region's key:
 *
 * <ul>
 *   <li>no position — member, central admin and root, deploy roles, delegated and Identity Center
 *       admins, an outsider, a key-account admin or root who is not a key admin, a key admin
 *       without MFA, the key account's execution role — disables, deletes, re-policies (all but the
 *       execution role), grants away or re-aliases it, in any chain of calls;
 *   <li>the key policy alone and the key account's SCPs alone each deny that to the positions of
 *       the central and key accounts, so that weakening either layer is a finding;
 *   <li>nobody is locked out: each key admin with MFA can schedule deletion, disable and re-policy,
 *       the execution role can update the key policy, the central account can use the key through
 *       AWS Backup (and only through it), the deploying account can describe it;
 *   <li>every destruction, re-policy, alias move and silencing call in the key account alerts.
 * </ul>
 *
 * MFA is a request-context fact ({@code aws:MultiFactorAuthPresent}): the proof treats a key admin
 * without it as a separate attacker (stolen keys of the role), not as a property of the person.
 */
public final class KeyAccountGuarded implements VerifyRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG6080",
          Severity.ERROR,
          "The key account's key can be destroyed, or its admins or AWS Backup are locked out",
          "Issue 14 item 1: the central vault's key lives in a key account so that no admin of the central account,"
              + " and no admin of the key account who is not a key admin, can make the copies unreadable; key admins"
              + " act only with MFA. Key policy evaluation:"
              + " https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html",
          "Keep the key policy and the key-account SCP as generated: key destruction for the key admins with MFA only,"
              + " key policy changes for them and the execution role, AWS Backup of the central account through"
              + " kms:ViaService, and the key tamper rule.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(VerifyContext ctx) {
    World w = ctx.world;
    if (w.keyAccountKeys.isEmpty()) {
      return;
    }
    KeyAccount ka = w.model.central().key().keyAccount().orElseThrow();
    for (World.KeyAccountKey k : w.keyAccountKeys) {
      Configuration vault =
          w.configurations.stream()
              .filter(c -> c.region().equals(k.region()))
              .findFirst()
              .orElse(null);
      if (vault == null) {
        ctx.report(
            k.file(),
            k.pointer(),
            "key " + k.arn() + " of the key account encrypts no central vault in " + k.region(),
            info().fix());
        continue;
      }
      Configuration c =
          new Configuration(
              k.region(),
              vault.vaultArn(),
              k.file(),
              vault.vaultLogicalId(),
              k.pointer(),
              vault.accessPolicy(),
              vault.lock(),
              k.arn(),
              k.policy(),
              k.logicalId());
      KeyPositions positions = KeyPositions.of(ctx, ka);
      attacks(ctx, c, k, positions);
      layersAlone(ctx, c, k, positions);
      noLockOut(ctx, c, k, ka, positions);
      KeyAccountAlerts.check(ctx, k, ka, positions);
    }
  }

  /** Every chain from every position to a goal on the key or its alias. */
  private void attacks(VerifyContext ctx, Configuration c, World.KeyAccountKey k, KeyPositions ps) {
    AttackSearch search = new AttackSearch(ctx.world, c);
    for (Position p : ps.attackers()) {
      boolean configures = p.kind() == Position.Kind.DEPLOY_ROLE || ctx.mayConfigure(p);
      report(ctx, c, p, search.run(p, goals(k, !configures)).reached(), "breach: key account:");
    }
    for (Position p : ps.withMfa()) {
      report(
          ctx,
          c,
          p,
          search.run(p, withMfa(goals(k, true))).reached(),
          "breach: key account, with MFA:");
    }
  }

  private static void report(
      VerifyContext ctx, Configuration c, Position p, Map<Goal, Chain> reached, String headline) {
    ctx.table.mark(
        p.kind(),
        Property.NO_DESTRUCTION,
        reached.isEmpty() ? ProofTable.Status.PROVEN : ProofTable.Status.BREACH);
    ctx.reportChains(p, c, reached, headline);
  }

  static final Map<String, List<String>> MFA =
      Map.of("aws:MultiFactorAuthPresent", List.of("true"));

  /** The same goals, asked with MFA in the request context. */
  static List<Goal> withMfa(List<Goal> goals) {
    List<Goal> out = new ArrayList<>();
    for (Goal g : goals) {
      Map<String, List<String>> extra = new LinkedHashMap<>(g.extra());
      extra.putAll(MFA);
      out.add(new Goal(g.call(), g.resource(), g.form() + " with MFA", g.youngPoint(), extra));
    }
    return out;
  }

  static List<Goal> goals(World.KeyAccountKey k, boolean withConfiguration) {
    List<Goal> goals = new ArrayList<>();
    List<ThreatCatalog.Call> calls = new ArrayList<>(ThreatCatalog.KEY_DATA);
    calls.add(new ThreatCatalog.Call("kms:RevokeGrant", ThreatCatalog.Scope.KEY, true));
    if (withConfiguration) {
      calls.addAll(ThreatCatalog.KEY_CONFIGURATION);
    }
    for (ThreatCatalog.Call call : calls) {
      Map<String, List<String>> extra =
          call.action().equals("kms:CreateGrant")
              ? Map.of("kms:GrantIsForAWSResource", List.of("false"))
              : Map.of();
      goals.add(new Goal(call, k.arn(), "key-account key", false, extra));
    }
    if (withConfiguration) {
      // Moving the alias makes the next deploy hand the vault another key.
      for (String a : List.of("kms:DeleteAlias", "kms:UpdateAlias")) {
        goals.add(
            new Goal(
                new ThreatCatalog.Call(a, ThreatCatalog.Scope.KEY, false),
                k.aliasArn(),
                "key-account alias",
                false,
                Map.of()));
      }
    }
    return goals;
  }

  /**
   * The key policy alone denies every central and key-account position the key's destruction and
   * re-policy; the key account's SCPs alone deny it to the key account's positions.
   */
  private void layersAlone(
      VerifyContext ctx, Configuration c, World.KeyAccountKey k, KeyPositions ps) {
    String mgmt = ctx.world.org.managementAccount;
    List<Map.Entry<Position, Boolean>> cases = new ArrayList<>();
    ps.layered().forEach(p -> cases.add(Map.entry(p, false)));
    ps.withMfa().forEach(p -> cases.add(Map.entry(p, true)));
    for (Map.Entry<Position, Boolean> e : cases) {
      Position p = e.getKey();
      boolean exec = p.kind() == Position.Kind.DEPLOY_ROLE;
      boolean noMfa = p.kind() == Position.Kind.KEY_ADMIN_WITHOUT_MFA;
      List<Goal> goals = goals(k, !exec);
      if (p.start().account().equals(k.account())) {
        goals.addAll(KeyAccountProbes.scpOnly(ctx.world, k, noMfa));
      }
      for (Goal g : e.getValue() ? withMfa(goals) : goals) {
        boolean onKey = g.resource().equals(k.arn());
        boolean scpOnly = g.form().startsWith(KeyAccountProbes.SCP_ONLY);
        if (onKey && !scpOnly) {
          alone(
              ctx,
              c,
              p,
              g,
              "the key policy " + k.file() + " " + k.logicalId(),
              new Layers(List.of(), mgmt, k.policy(), true));
        }
        boolean keyAccount = p.start().account().equals(k.account());
        // Without MFA the SCP denies destruction, not the key policy changes the key policy holds.
        if (keyAccount && !(noMfa && !g.call().data())) {
          List<AttachedScp> scps =
              ctx.world.scps.stream().filter(s -> s.binds(p.start(), mgmt)).toList();
          alone(
              ctx,
              c,
              p,
              g,
              "the SCPs of the key account",
              new Layers(scps, mgmt, onKey ? Policy.permissive("key policy") : null, onKey));
        }
      }
    }
  }

  private void alone(
      VerifyContext ctx, Configuration c, Position p, Goal g, String layer, Layers layers) {
    Decision d =
        PolicyEvaluator.evaluate(
            new Request(
                p.start(), g.call().action(), g.resource(), accountOf(g.resource()), g.extra()),
            layers);
    if (d.allowed()) {
      ctx.report(
          c.vaultFile(),
          c.modelPointer(),
          layer
              + " alone lets "
              + p.kind().label()
              + " "
              + p.start().arn()
              + " "
              + g.label()
              + " ("
              + d.explain()
              + ")",
          info().fix());
    }
  }

  private void noLockOut(
      VerifyContext ctx, Configuration c, World.KeyAccountKey k, KeyAccount ka, KeyPositions ps) {
    AttackSearch search = new AttackSearch(ctx.world, c);
    Map<String, List<String>> mfa = Map.of("aws:MultiFactorAuthPresent", List.of("true"));
    Map<String, List<String>> viaBackup =
        Map.of("kms:ViaService", List.of("backup." + k.region() + ".amazonaws.com"));
    Map<String, List<String>> grantViaBackup = new LinkedHashMap<>(viaBackup);
    grantViaBackup.put("kms:GrantIsForAWSResource", List.of("true"));
    boolean ok = true;
    for (Principal admin : ps.keyAdmins()) {
      for (String a : List.of("kms:ScheduleKeyDeletion", "kms:DisableKey", "kms:PutKeyPolicy")) {
        ok &= expect(ctx, c, search, admin, a, k.arn(), mfa, true);
      }
    }
    ok &= expect(ctx, c, search, ps.execRole(), "kms:PutKeyPolicy", k.arn(), Map.of(), true);
    ok &= expect(ctx, c, search, ps.execRole(), "kms:DescribeKey", k.arn(), Map.of(), true);
    for (String a : List.of("kms:Decrypt", "kms:GenerateDataKey", "kms:DescribeKey")) {
      ok &= expect(ctx, c, search, ps.centralBackup(), a, k.arn(), viaBackup, true);
      // Only through AWS Backup: the same call made directly is refused.
      if (!a.equals("kms:DescribeKey")) {
        ok &= expect(ctx, c, search, ps.centralAdmin(), a, k.arn(), Map.of(), false);
      }
    }
    ok &=
        expect(
            ctx, c, search, ps.centralBackup(), "kms:CreateGrant", k.arn(), grantViaBackup, true);
    ok &=
        expect(
            ctx, c, search, ps.centralBackupServiceRole(), "kms:Decrypt", k.arn(), Map.of(), true);
    ok &= expect(ctx, c, search, ps.deployer(), "kms:DescribeKey", k.aliasArn(), Map.of(), true);
    ctx.table.mark(
        Position.Kind.KEY_ADMIN_WITHOUT_MFA,
        Property.NO_LOCKOUT,
        ok ? ProofTable.Status.PROVEN : ProofTable.Status.BREACH);
  }

  /**
   * One call that must be allowed (or refused). DescribeKey on an alias ARN is authorized against
   * the key the alias points to (docs/aws-facts.md §20.3), so the alias is decided as its key.
   */
  private boolean expect(
      VerifyContext ctx,
      Configuration c,
      AttackSearch search,
      Principal who,
      String action,
      String resource,
      Map<String, List<String>> extra,
      boolean allowed) {
    String decidedOn = resource.contains(":alias/") ? c.keyArn() : resource;
    Decision d = search.decide(who, false, false, action, decidedOn, extra);
    if (d.allowed() == allowed) {
      return true;
    }
    ctx.report(
        c.vaultFile(),
        c.modelPointer(),
        (allowed ? "lock-out: " : "breach: ")
            + VerifyContext.who(who)
            + (allowed ? " cannot " : " can ")
            + action
            + " "
            + resource
            + (extra.isEmpty() ? "" : " with " + extra)
            + " ("
            + (allowed ? d.reason() : d.explain())
            + ")",
        info().fix());
    return false;
  }

  static String accountOf(String arn) {
    return AttackSearch.accountOf(arn);
  }
}
