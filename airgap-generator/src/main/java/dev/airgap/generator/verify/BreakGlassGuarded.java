package dev.airgap.generator.verify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.airgap.generator.policy.ProtectedActions;
import dev.airgap.generator.verify.CloudTrailEvents.Caller;
import dev.airgap.generator.verify.iam.ConditionClause;
import dev.airgap.generator.verify.iam.Policy;
import dev.airgap.generator.verify.iam.Statement;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * AG6012: a role airgap creates in the central account and names as an admin (a break-glass role)
 * is worth no more than its trust policy, its own permissions and its alert. The deny layers exempt
 * it, so for each such role, read from the templates:
 *
 * <ul>
 *   <li>every statement that lets someone assume it names single principals (no {@code *}, no
 *       account) and requires {@code aws:MultiFactorAuthPresent} true with {@code Bool}; its
 *       maximum session is at most one hour;
 *   <li>its own policies allow none of the calls that destroy, copy out or share backups, disable
 *       keys, silence alerts, change IAM principals or assume another role — except a restore
 *       role's {@code StartRestoreJob} — and no role may both restore and change the lock or the
 *       policies, so one stolen session holds one purpose;
 *   <li>its AssumeRole call and a call made in its session, in every central region and the
 *       global-events region, reach an ENABLED rule targeting an alert topic.
 * </ul>
 *
 * <p>That nobody else can take such a role over (re-trust it, recreate it) is AG6002's search over
 * the exemption patterns, which name these roles like any admin.
 */
public final class BreakGlassGuarded implements VerifyRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG6012",
          Severity.ERROR,
          "A break-glass role can be assumed without MFA, does more than its purpose, or is used silently",
          "The break-glass roles are admins of every deny layer; a trust without MFA, a wildcard or"
              + " account principal, a long session, a permission to delete, copy out, change IAM or"
              + " both restore and unlock, or a use that reaches no alert, turns the one door the"
              + " air gap leaves open into a way around it (docs/recovery.md).",
          "Regenerate the break-glass unit; do not edit its roles by hand.");

  /** What a restore role may do of the protected calls. */
  private static final Set<String> RESTORE = Set.of("backup:StartRestoreJob");

  /** What a vault-admin role may do of the protected calls: the lock and the policies. */
  private static final Set<String> VAULT_ADMIN =
      Set.of(
          "backup:DeleteBackupVaultAccessPolicy",
          "backup:DeleteBackupVaultLockConfiguration",
          "backup:PutBackupVaultAccessPolicy",
          "backup:PutBackupVaultLockConfiguration",
          "kms:PutKeyPolicy");

  /** A call no other rule matches, made in a break-glass session. */
  private static final String SESSION_CALL = "s3:CreateBucket";

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(VerifyContext ctx) {
    World w = ctx.world;
    Set<String> admins = new TreeSet<>(w.admins());
    Set<String> seen = new LinkedHashSet<>();
    for (TemplateInstance in : w.instances) {
      if (!in.account().equals(w.org.centralAccount)) {
        continue;
      }
      Iterator<Map.Entry<String, JsonNode>> it = in.resources().properties().iterator();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        JsonNode r = e.getValue();
        if (!r.path("Type").asText().equals("AWS::IAM::Role")) {
          continue;
        }
        JsonNode props = Intrinsics.resolve(r.path("Properties"), in);
        String arn =
            "arn:"
                + w.org.partition
                + ":iam::"
                + in.account()
                + ":role/"
                + props.path("RoleName").asText();
        if (!admins.contains(arn) || !seen.add(arn)) {
          continue;
        }
        String where = in.file() + " " + e.getKey();
        String pointer = World.pointer(r);
        List<String> problems = new ArrayList<>();
        problems.addAll(trust(props, in, e.getKey()));
        Set<String> allowed = allowed(props, in, e.getKey(), w.exemptions);
        problems.addAll(purpose(allowed));
        problems.addAll(silent(w, arn));
        boolean destroys = problems.stream().anyMatch(p -> p.startsWith("allows"));
        ctx.table.mark(
            Position.Kind.VAULT_ADMIN,
            Property.NO_DESTRUCTION,
            destroys ? ProofTable.Status.BREACH : ProofTable.Status.PROVEN);
        ctx.table.mark(
            Position.Kind.VAULT_ADMIN,
            Property.NO_ESCALATION,
            problems.stream().anyMatch(p -> p.startsWith("trust") || p.startsWith("allows"))
                ? ProofTable.Status.BREACH
                : ProofTable.Status.PROVEN);
        ctx.table.mark(
            Position.Kind.VAULT_ADMIN,
            Property.ALERTS,
            problems.stream().anyMatch(p -> p.startsWith("silent"))
                ? ProofTable.Status.BREACH
                : ProofTable.Status.PROVEN);
        for (String p : problems) {
          ctx.report(
              in.file(),
              pointer,
              "breach: break-glass role " + arn + " (" + where + "): " + p,
              INFO.fix());
        }
      }
    }
    IdentityCenterBreakGlassCheck.check(ctx, INFO);
  }

  private static List<String> trust(JsonNode props, TemplateInstance in, String id) {
    List<String> out = new ArrayList<>();
    Policy trust = Policy.parse(props.path("AssumeRolePolicyDocument"), in.file(), id, "");
    for (Statement s : trust.statements()) {
      if (!s.allow() || !s.matchesAction("sts:AssumeRole")) {
        continue;
      }
      String sid = s.origin().sid();
      if (s.notPrincipal() || s.principals().isEmpty()) {
        out.add("trust statement " + sid + " names no principal, so it admits everyone");
      }
      s.principals()
          .forEach(
              (type, values) -> {
                for (String v : values) {
                  if (v.equals("*") || v.endsWith(":root") || v.matches("\\d{12}")) {
                    out.add(
                        "trust statement "
                            + sid
                            + " admits "
                            + type
                            + " "
                            + v
                            + ", every principal of an account");
                  }
                }
              });
      boolean mfa = false;
      for (ConditionClause c : s.conditions()) {
        mfa |=
            c.operator().equals("Bool")
                && c.key().equalsIgnoreCase("aws:MultiFactorAuthPresent")
                && c.values().equals(List.of("true"));
      }
      if (!mfa) {
        out.add(
            "trust statement " + sid + " does not require aws:MultiFactorAuthPresent true (Bool)");
      }
    }
    int session = props.path("MaxSessionDuration").asInt(3_600);
    if (session > 3_600) {
      out.add("trust allows sessions of " + session + " s, more than one hour");
    }
    return out;
  }

  /** The protected calls the role's own policies allow (any resource, any condition). */
  /**
   * @param exemptions iam:PassRole counts only when it may pass a role some exemption names, or any
   *     role: passing a role is how a session lends its rights to a service
   */
  static Set<String> allowed(
      JsonNode props, TemplateInstance in, String id, Set<String> exemptions) {
    List<String> protectedCalls =
        ProtectedActions.union(
            ProtectedActions.centralDataAndLock(),
            ProtectedActions.backupConfiguration(),
            ProtectedActions.keyConfiguration(),
            ProtectedActions.alertSilencing(),
            ProtectedActions.principalTakeover(true),
            List.of("sts:AssumeRole"));
    Set<String> out = new TreeSet<>();
    for (JsonNode p : policies(props)) {
      Policy policy = Policy.parse(p, in.file(), id, "");
      for (Statement s : policy.statements()) {
        if (s.allow()) {
          protectedCalls.stream()
              .filter(s::matchesAction)
              .filter(a -> !a.equals("iam:PassRole") || passesExempt(s, exemptions))
              .forEach(out::add);
        }
      }
    }
    return out;
  }

  /** An IAM role's inline policies, or a permission set's one inline policy. */
  private static List<JsonNode> policies(JsonNode props) {
    List<JsonNode> out = new ArrayList<>();
    props.path("Policies").forEach(p -> out.add(p.path("PolicyDocument")));
    if (props.has("InlinePolicy")) {
      out.add(props.path("InlinePolicy"));
    }
    return out;
  }

  private static boolean passesExempt(Statement s, Set<String> exemptions) {
    return s.notResource()
        || s.resources().stream()
            .anyMatch(
                r ->
                    dev.airgap.generator.verify.iam.Glob.hasWildcard(r)
                        || exemptions.stream()
                            .anyMatch(x -> dev.airgap.generator.verify.iam.Glob.arnMatches(x, r)));
  }

  static List<String> purpose(Set<String> allowed) {
    List<String> out = new ArrayList<>();
    Set<String> beyond = new TreeSet<>(allowed);
    beyond.removeAll(RESTORE);
    beyond.removeAll(VAULT_ADMIN);
    // Configuration the deploy role may also change (notifications, key rotation) is no escalation.
    beyond.removeIf(
        a ->
            !ProtectedActions.centralDataAndLock().contains(a)
                && !ProtectedActions.alertSilencing().contains(a)
                && !ProtectedActions.principalTakeover(true).contains(a)
                && !a.equals("sts:AssumeRole"));
    if (!beyond.isEmpty()) {
      out.add("allows " + beyond + ", beyond restoring or managing the lock and the policies");
    }
    boolean restores = allowed.stream().anyMatch(RESTORE::contains);
    boolean administers = allowed.stream().anyMatch(VAULT_ADMIN::contains);
    if (restores && administers) {
      out.add("allows both restores and lock or policy changes; one session holds both purposes");
    }
    return out;
  }

  private static List<String> silent(World w, String arn) {
    return silent(w, arn, "sts:AssumeRole");
  }

  /**
   * @param start the STS call that starts a session of the role, probed with the role's ARN in
   *     requestParameters
   */
  static List<String> silent(World w, String arn, String start) {
    List<String> out = new ArrayList<>();
    Set<String> regions = new TreeSet<>(w.model.central().regions());
    regions.add(w.model.organization().partition().globalEventsRegion());
    String central = w.org.centralAccount;
    for (String region : regions) {
      DestructiveCallsAlert.Probe assume =
          new DestructiveCallsAlert.Probe(
              new ThreatCatalog.Call(start, ThreatCatalog.Scope.VAULT, false),
              central,
              region,
              Map.of("roleArn", arn, "roleSessionName", "break-glass"));
      if (!DestructiveCallsAlert.alerted(
          w, assume, Caller.user(w.org.partition, central, "breaker"))) {
        out.add("silent: " + start + " of it in " + region + " reaches no alert topic");
      }
      // A call no other rule watches: every call of a break-glass session must alert, not only
      // the ones the tamper rule already covers.
      DestructiveCallsAlert.Probe call =
          new DestructiveCallsAlert.Probe(
              new ThreatCatalog.Call(SESSION_CALL, ThreatCatalog.Scope.VAULT, false),
              central,
              region,
              Map.of());
      if (!DestructiveCallsAlert.alerted(w, call, Caller.role(arn, central))) {
        out.add(
            "silent: " + SESSION_CALL + " in its session in " + region + " reaches no alert topic");
      }
    }
    return out;
  }
}
