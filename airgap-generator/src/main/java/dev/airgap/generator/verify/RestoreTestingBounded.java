package dev.airgap.generator.verify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.airgap.generator.policy.ProtectedActions;
import dev.airgap.generator.units.RestoreTestingUnit;
import dev.airgap.generator.verify.iam.ConditionClause;
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
 * </ul>
 *
 * <p>The restore-testing service-linked role, the plans and the failure alert are AG6051's.
 */
public final class RestoreTestingBounded implements VerifyRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG6050",
          Severity.ERROR,
          "The restore-testing role can be assumed by others, is exempt, or holds more than AWS's restore policies",
          "The restore-testing role is a principal of the central account that no deny layer names;"
              + " trusted by anyone but AWS Backup of the account, exempt, or given more than AWS's"
              + " restore policies, it would be a way around the air gap (docs/aws-facts.md §16.3).",
          "Regenerate the restore-testing unit; do not edit its role by hand.");

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
}
