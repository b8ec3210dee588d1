package dev.airgap.generator.verify;

import dev.airgap.generator.verify.iam.AttachedScp;
import dev.airgap.model.Targets;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * AG6008: the guardrail SCPs (those that deny anything on a central vault) are attached to the
 * central account (or its OU) and to every target the model names for them (default: the member
 * targets). An SCP restricts only the accounts under its targets
 * (https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_attach.html).
 */
public final class GuardrailTargets implements VerifyRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG6008",
          Severity.ERROR,
          "A guardrail SCP misses an account it must restrict",
          "Issue 11 property 7: an SCP binds only accounts at or under its targets; the model says which.",
          "Attach the SCP to the central account and to every protection.scp target (default: members.targets).");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(VerifyContext ctx) {
    World w = ctx.world;
    Set<String> attached = new LinkedHashSet<>();
    for (AttachedScp scp : w.scps) {
      boolean guardrail =
          scp.policy().statements().stream()
              .anyMatch(
                  s ->
                      !s.allow()
                          && w.configurations.stream()
                              .anyMatch(c -> s.matchesResource(c.vaultArn())));
      if (guardrail) {
        attached.addAll(scp.targetIds());
      }
    }
    List<String> required = new ArrayList<>();
    Targets t =
        w.model.protection().scp().targets().isEmpty()
            ? w.model.members().targets()
            : w.model.protection().scp().targets();
    required.addAll(t.organizationalUnits());
    required.addAll(t.accounts());
    boolean ok = true;
    boolean central =
        attached.contains(w.org.centralAccount)
            || w.org.centralPath.stream().anyMatch(attached::contains);
    if (!central) {
      ok = false;
      ctx.report(
          "",
          "/protection/scp",
          "unguarded: no guardrail SCP is attached to the central account "
              + w.org.centralAccount
              + " or an OU above it (attached to "
              + attached
              + ")",
          info().fix());
    }
    for (String target : required) {
      if (!attached.contains(target) && !attached.contains(w.org.rootId)) {
        ok = false;
        ctx.report(
            "",
            "/protection/scp/targets",
            "unguarded: no guardrail SCP is attached to "
                + target
                + " (attached to "
                + attached
                + ")",
            info().fix());
      }
    }
    ctx.table.mark(
        Position.Kind.ORGANIZATION,
        Property.NOT_WEAKENED_FROM_BELOW,
        ok ? ProofTable.Status.PROVEN : ProofTable.Status.BREACH);
  }
}
