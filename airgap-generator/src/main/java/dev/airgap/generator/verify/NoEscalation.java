package dev.airgap.generator.verify;

import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * AG6002: no non-admin position becomes a principal an exemption names, or reaches a destruction
 * goal through a chain (create or re-trust a role, rewrite a vault or key policy, remove a
 * governance lock, then act).
 */
public final class NoEscalation implements VerifyRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG6002",
          Severity.ERROR,
          "A non-admin can become an exempt principal or reach the backups through a chain of calls",
          "Issue 11 property 2 (issue 10 item 1): every deny exempts principals by ARN pattern; whoever can create,"
              + " re-trust or take over a role matching that pattern is exempt too. SCPs restrict every principal of a"
              + " member account, but not service-linked roles:"
              + " https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps.html",
          "Protect every exempt role ARN with a central-account SCP that denies iam:CreateRole, UpdateAssumeRolePolicy,"
              + " Attach/Put/Delete role policies, boundaries and tags on it to everyone but the admins.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(VerifyContext ctx) {
    for (Position p : ctx.positions) {
      if (!NoDestruction.ATTACKERS.contains(p.kind())) {
        continue;
      }
      for (Configuration c : ctx.world.configurations) {
        AttackSearch.Result r = ctx.search(p, c, !ctx.mayConfigure(p));
        Map<Goal, Chain> chained = new LinkedHashMap<>();
        r.reached()
            .forEach(
                (g, ch) -> {
                  if (ch.steps().size() > 1) {
                    chained.put(g, ch);
                  }
                });
        ctx.reportChains(p, c, chained, "breach:");
        // A delegated administrator runs the deploys: becoming the execution role is its job, and
        // the search above already holds it to configuration only. Becoming an admin still counts.
        Map<String, Chain> became = new LinkedHashMap<>(r.became());
        // Only a principal of the central account is worth becoming: the exemptions that guard the
        // central vault name central roles, and an account-wide pattern such as the member
        // execution
        // role's exempts nothing there (its takeover in member accounts is AG6011's, and the
        // management account is never bound by an SCP at all).
        became
            .keySet()
            .removeIf(arn -> !arn.contains(":iam::" + ctx.world.org.centralAccount + ":"));
        // ...and only one the central vault's denies exempt: an admin or a central deploy role. The
        // member execution role pattern also matches central roles, but exempts them only from the
        // member-baseline statements, which name member resources.
        List<String> central =
            dev.airgap.generator.policy.ScpDocument.exemptPrincipalArns(ctx.world.model);
        became
            .keySet()
            .removeIf(
                arn ->
                    central.stream()
                        .noneMatch(
                            pattern ->
                                dev.airgap.generator.verify.iam.Glob.arnMatches(pattern, arn)));
        if (ctx.mayConfigure(p)) {
          became
              .keySet()
              .removeIf(
                  arn ->
                      ctx.world.admins().stream()
                          .noneMatch(
                              admin ->
                                  dev.airgap.generator.verify.iam.Glob.arnMatches(admin, arn)));
        }
        boolean breach = !chained.isEmpty() || !became.isEmpty();
        ctx.table.mark(
            p.kind(),
            Property.NO_ESCALATION,
            breach ? ProofTable.Status.BREACH : ProofTable.Status.PROVEN);
        if (chained.isEmpty()) {
          became.forEach(
              (arn, ch) ->
                  ctx.report(
                      c.vaultFile(),
                      c.modelPointer(),
                      "breach: "
                          + p.kind().label()
                          + " becomes exempt principal "
                          + arn
                          + " in "
                          + ch.steps().size()
                          + " call(s): "
                          + ch,
                      info().fix()));
        }
      }
    }
  }
}
