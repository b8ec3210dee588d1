package dev.airgap.generator.verify;

import dev.airgap.generator.verify.iam.Decision;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;
import java.util.Map;

/**
 * AG6003: the StackSet execution role and the deploy role may update the vault's configuration
 * (access policy, notifications, lock configuration, key policy) and nothing that destroys data.
 */
public final class DeployConfigurationOnly implements VerifyRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG6003",
          Severity.ERROR,
          "The deploy role can do more (or less) than update the configuration",
          "Issue 11 property 3 (issue 10 item 2): CloudFormation never deletes recovery points, removes a lock or"
              + " schedules key deletion to update a vault, so the deploy exemption must not cover those calls; whoever"
              + " can run a stack set operation acts as this role. It must keep the configuration calls, or the next deploy fails.",
          "Split each deny: data and lock actions exempt only the admins; configuration actions exempt the admins and the"
              + " deploy role.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(VerifyContext ctx) {
    for (Position p : ctx.positions) {
      if (p.kind() != Position.Kind.DEPLOY_ROLE) {
        continue;
      }
      for (Configuration c : ctx.world.configurations) {
        Map<Goal, Chain> reached = ctx.search(p, c, false).reached();
        boolean breach = !reached.isEmpty();
        ctx.reportChains(p, c, reached, "breach:");
        AttackSearch search = new AttackSearch(ctx.world, c);
        for (String action : ThreatCatalog.DEPLOY_NEEDS) {
          String resource = action.startsWith("kms:") ? c.keyArn() : c.vaultArn();
          if (resource == null
              || action.endsWith("LockConfiguration")
                  && c.lock().mode() == Configuration.Lock.Mode.COMPLIANCE) {
            continue;
          }
          Decision d = search.decide(p.start(), false, false, action, resource, Map.of());
          if (!d.allowed()) {
            breach = true;
            ctx.report(
                c.vaultFile(),
                c.modelPointer(),
                "lock-out: "
                    + VerifyContext.who(p.start())
                    + " cannot "
                    + action
                    + " "
                    + resource
                    + " ("
                    + d.reason()
                    + "), so the next deploy fails",
                info().fix());
          }
        }
        ctx.table.mark(
            p.kind(),
            Property.DEPLOY_CONFIG_ONLY,
            breach ? ProofTable.Status.BREACH : ProofTable.Status.PROVEN);
        ctx.table.mark(
            p.kind(),
            Property.NO_DESTRUCTION,
            reached.isEmpty() ? ProofTable.Status.PROVEN : ProofTable.Status.BREACH);
      }
    }
  }
}
