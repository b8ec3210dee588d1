package dev.airgap.generator.verify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.airgap.generator.policy.ProtectedActions;
import dev.airgap.generator.units.RestoreTestingUnit;
import dev.airgap.generator.verify.iam.ConditionClause;
import dev.airgap.generator.verify.iam.Decision;
import dev.airgap.generator.verify.iam.Glob;
import dev.airgap.generator.verify.iam.Policy;
import dev.airgap.generator.verify.iam.Principal;
import dev.airgap.generator.verify.iam.Statement;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * AG6050: restore testing opens no door. Read from the templates:
 *
 * <ul>
 *   <li>each restore-testing role (the role a restore test restores with) is assumed by AWS Backup
 *       of the central account only: a {@code backup.amazonaws.com} service principal and nothing
 *       else, with {@code aws:SourceAccount} the central account;
 *   <li>no deny layer exempts it, its inline policies allow none of the protected calls, it
 *       attaches no managed policy but AWS's restore policies; and even with every permission, no
 *       chain of calls from it reaches a destruction goal of any central vault;
 *   <li>the only service-linked role any deny exempts is AWS Backup's restore-testing one, and only
 *       from {@code StartRestoreJob}; when it is exempt, no attacker position may create, change or
 *       delete a restore testing plan or selection, which decide what it restores.
 * </ul>
 */
public final class RestoreTestingBounded implements VerifyRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG6050",
          Severity.ERROR,
          "Restore testing lets someone restore, delete or unlock what only the admins may",
          "The restore-testing role is a principal of the central account that no deny layer names;"
              + " trusted by anyone but AWS Backup of the account, exempt, or given more than AWS's"
              + " restore policies, it would be a way around the air gap. The restore-testing"
              + " service-linked role is exempt from the vault's restore deny so that tests can run;"
              + " whoever may point a restore testing plan at the vault could restore through it"
              + " (docs/aws-facts.md §16.4).",
          "Regenerate the restore-testing unit; keep the restore-testing changes denied to all but"
              + " the admins and the deploy roles in the central-account SCP.");

  private static final Set<String> RESTORE_POLICIES =
      Set.of(
          "iam::aws:policy/service-role/AWSBackupServiceRolePolicyForRestores",
          "iam::aws:policy/AWSBackupServiceRolePolicyForS3Restore");

  private static final Set<Position.Kind> ATTACKERS = NoDestruction.ATTACKERS;

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(VerifyContext ctx) {
    World w = ctx.world;
    String prefix = RestoreTestingUnit.roleNamePrefix(w.model);
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
        String name = props.path("RoleName").asText();
        if (!name.startsWith(prefix)) {
          continue;
        }
        String arn = "arn:" + w.org.partition + ":iam::" + in.account() + ":role/" + name;
        List<String> problems = new ArrayList<>();
        problems.addAll(trust(props, in, e.getKey(), w.org.centralAccount));
        problems.addAll(exempt(w, arn));
        problems.addAll(permissions(props, in, e.getKey()));
        problems.addAll(reaches(ctx, arn));
        ctx.table.mark(
            Position.Kind.CENTRAL_ADMIN,
            Property.NO_ESCALATION,
            problems.isEmpty() ? ProofTable.Status.PROVEN : ProofTable.Status.BREACH);
        for (String p : problems) {
          ctx.report(
              in.file(),
              World.pointer(r),
              "breach: restore-testing role "
                  + arn
                  + " ("
                  + in.file()
                  + " "
                  + e.getKey()
                  + "): "
                  + p,
              INFO.fix());
        }
      }
    }
    serviceLinkedExemptions(ctx);
  }

  private static List<String> trust(
      JsonNode props, TemplateInstance in, String id, String account) {
    List<String> out = new ArrayList<>();
    Policy trust = Policy.parse(props.path("AssumeRolePolicyDocument"), in.file(), id, "");
    for (Statement s : trust.statements()) {
      if (!s.allow()) {
        continue;
      }
      String sid = s.origin().sid();
      if (s.notPrincipal() || s.principals().isEmpty()) {
        out.add("trust statement " + sid + " names no principal, so it admits everyone");
        continue;
      }
      s.principals()
          .forEach(
              (type, values) -> {
                for (String v : values) {
                  if (!type.equals("Service") || !v.equals("backup.amazonaws.com")) {
                    out.add("trust statement " + sid + " admits " + type + " " + v);
                  }
                }
              });
      boolean sourceAccount = false;
      for (ConditionClause c : s.conditions()) {
        sourceAccount |=
            c.operator().equals("StringEquals")
                && c.key().equalsIgnoreCase("aws:SourceAccount")
                && c.values().equals(List.of(account));
      }
      if (!sourceAccount) {
        out.add(
            "trust statement "
                + sid
                + " does not pin aws:SourceAccount to "
                + account
                + ": AWS Backup of another account could restore with it");
      }
    }
    return out;
  }

  private static List<String> exempt(World w, String arn) {
    List<String> out = new ArrayList<>();
    for (String pattern : w.exemptions) {
      if (Glob.arnMatches(pattern, arn)) {
        out.add("the deny exemption " + pattern + " names it: it is no admin");
      }
    }
    return out;
  }

  private static List<String> permissions(JsonNode props, TemplateInstance in, String id) {
    List<String> out = new ArrayList<>();
    List<String> protectedCalls =
        ProtectedActions.union(
            ProtectedActions.centralDataAndLock(),
            ProtectedActions.backupConfiguration(),
            ProtectedActions.keyConfiguration(),
            ProtectedActions.alertSilencing(),
            ProtectedActions.principalTakeover(true),
            ProtectedActions.restoreTestingConfiguration(),
            List.of("sts:AssumeRole"));
    Set<String> allowed = new TreeSet<>();
    for (JsonNode p : props.path("Policies")) {
      for (Statement s : Policy.parse(p.path("PolicyDocument"), in.file(), id, "").statements()) {
        if (s.allow()) {
          protectedCalls.stream().filter(s::matchesAction).forEach(allowed::add);
        }
      }
    }
    if (!allowed.isEmpty()) {
      out.add("its own policies allow " + allowed);
    }
    for (JsonNode m : props.path("ManagedPolicyArns")) {
      String[] parts = m.asText().split(":", 3);
      if (parts.length < 3 || !RESTORE_POLICIES.contains(parts[2])) {
        out.add("attaches " + m.asText() + ", not one of AWS's restore policies");
      }
    }
    return out;
  }

  /** With every permission of its own, the role is held by the layers like any central admin. */
  private static List<String> reaches(VerifyContext ctx, String arn) {
    World w = ctx.world;
    Principal role =
        new Principal(
            "restore-testing role",
            arn,
            w.org.centralAccount,
            w.org.organizationId,
            w.org.centralPath,
            Principal.Kind.ROLE,
            false);
    Position p = new Position(Position.Kind.CENTRAL_ADMIN, role, false, false);
    List<String> out = new ArrayList<>();
    for (Configuration c : w.configurations) {
      ctx.search(p, c, true)
          .reached()
          .forEach(
              (goal, chain) ->
                  out.add(
                      "can "
                          + goal.call().action()
                          + " on "
                          + goal.form()
                          + " of "
                          + c.vaultArn()
                          + " in "
                          + chain.steps().size()
                          + " call(s): "
                          + chain));
    }
    return out;
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
}
