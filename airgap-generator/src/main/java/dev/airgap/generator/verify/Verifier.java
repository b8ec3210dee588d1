package dev.airgap.generator.verify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.airgap.generator.GeneratedTemplate;
import dev.airgap.generator.yaml.TemplateReader;
import dev.airgap.model.AirGapModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The entry point: proves, for the exact templates airgap generated, that the air gap holds for
 * every attacker position, or returns the shortest chain of calls that breaks it. Pure: no AWS
 * calls, no files, no Maven types.
 */
public final class Verifier {
  private Verifier() {}

  public static VerifyReport verify(AirGapModel model, List<GeneratedTemplate> templates) {
    Map<String, JsonNode> trees = new LinkedHashMap<>();
    templates.forEach(t -> trees.put(t.fileName(), TemplateReader.read(t.content())));
    return verify(model, Placement.of(model, templates), trees);
  }

  /** Verifies template trees placed as given (the mutation suite passes weakened trees). */
  public static VerifyReport verify(
      AirGapModel model, Map<String, List<Placement.Site>> sites, Map<String, JsonNode> templates) {
    World world = new World(model, sites, templates);
    VerifyContext ctx = new VerifyContext(world);
    for (VerifyRule rule : VerifyRuleCatalog.rules()) {
      ctx.use(rule.info());
      rule.check(ctx);
    }
    // The management account is bound by nothing airgap writes; only its alerts are proven
    // (AG6010).
    for (Property p : Property.values()) {
      if (p != Property.ALERTS) {
        ctx.table.mark(Position.Kind.MANAGEMENT, p, ProofTable.Status.ASSUMPTION);
      }
    }
    ctx.assumptions.add(
        "The management account ("
            + model.organization().managementAccount()
            + ") is never restricted"
            + " by SCPs: it can detach them, run stack sets as the execution role and assign any permission set. Mitigations:"
            + " compliance lock, AWS-owned key on a logically air-gapped vault, alerts in its us-east-1.");
    ctx.assumptions.add(
        "An Identity Center administrator can assign the admins' own permission set to anyone: trust it"
            + " like a vault admin. Verify only proves it cannot mint a *new* permission set an admin pattern matches.");
    ctx.assumptions.add(
        "Recovery points younger than MinRetentionDays survive while the Vault Lock holds; a compliance"
            + " lock can still be removed during its ChangeableForDays grace period.");
    ctx.assumptions.add(
        "Deletes and shares of recovery points through the native services (EC2 DeleteSnapshot, RDS"
            + " DeleteDBSnapshot...) are denied to all but the admins by the central SCP and alerted; verify evaluates the"
            + " AWS Backup calls only.");
    ctx.assumptions.add(
        "AWS support, the root user's account recovery and AWS itself are out of scope.");
    if (world.keyAccountKeys.isEmpty()
        && world.configurations.stream().anyMatch(c -> c.keyArn() == null)) {
      ctx.assumptions.add(
          "A vault without a customer managed key uses an AWS-owned key nobody in the organization can"
              + " delete or disable.");
    }
    if (!world.keyAccountKeys.isEmpty()) {
      ctx.assumptions.add(
          "The central vault's CentralVaultKeyArn is, in each region, the key behind alias/"
              + model.central().vault().name()
              + " of the key account (its AllowedPattern admits only keys of that account); AG6080"
              + " proves that key, whoever supplies the parameter at deploy time.");
    }
    if (!world.unsubscribedTopics.isEmpty()) {
      ctx.assumptions.add(
          "Someone subscribes to the alert topics outside airgap: "
              + world.unsubscribedTopics
              + " have no subscription in the templates (central.alerts.email is empty).");
    }
    if (world.configurations.stream().anyMatch(c -> c.keyArn() != null && c.keyPolicy() == null)) {
      ctx.assumptions.add(
          "An existing key named by central.key.arn keeps the default key policy (its own account"
              + " only); airgap does not manage that policy, so only the SCP protects the key inside the account.");
    }
    return new VerifyReport(ctx.findings, ctx.table, List.copyOf(ctx.assumptions), ctx.cells);
  }
}
