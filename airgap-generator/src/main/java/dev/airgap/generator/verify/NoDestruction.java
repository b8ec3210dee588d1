package dev.airgap.generator.verify;

import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * AG6001: no non-admin position destroys, shortens, copies out, unlocks or crypto-shreds in one
 * call.
 */
public final class NoDestruction implements VerifyRule {
  static final Set<Position.Kind> ATTACKERS =
      Set.of(
          Position.Kind.MEMBER_ADMIN,
          Position.Kind.CENTRAL_ADMIN,
          Position.Kind.CENTRAL_ROOT,
          Position.Kind.DELEGATED_ADMIN,
          Position.Kind.IDENTITY_CENTER_ADMIN,
          Position.Kind.OUTSIDER);

  private static final RuleInfo INFO =
      new RuleInfo(
          "AG6001",
          Severity.ERROR,
          "A non-admin can destroy or weaken the central backups directly",
          "Issue 11 property 1: no position but the vault admins may perform a data or lock action on the"
              + " central vault, on any recovery-point ARN form it holds, or delete, disable or grant away its key."
              + " Policy evaluation: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html",
          "Deny the call in the vault access policy, the key policy and the central-account SCP to everyone but the admins,"
              + " with Resource \"*\" so that every recovery-point ARN form is covered.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(VerifyContext ctx) {
    for (Position p : ctx.positions) {
      if (!ATTACKERS.contains(p.kind())) {
        continue;
      }
      for (Configuration c : ctx.world.configurations) {
        Map<Goal, Chain> direct = new LinkedHashMap<>();
        ctx.search(p, c, !ctx.mayConfigure(p))
            .reached()
            .forEach(
                (g, ch) -> {
                  if (ch.steps().size() == 1) {
                    direct.put(g, ch);
                  }
                });
        ctx.table.mark(
            p.kind(),
            Property.NO_DESTRUCTION,
            direct.isEmpty() ? ProofTable.Status.PROVEN : ProofTable.Status.BREACH);
        ctx.reportChains(p, c, direct, "breach:");
      }
    }
  }
}
