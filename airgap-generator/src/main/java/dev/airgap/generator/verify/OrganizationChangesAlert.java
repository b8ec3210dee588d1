package dev.airgap.generator.verify;

import dev.airgap.generator.verify.CloudTrailEvents.Caller;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * AG6010: what the management account can do to the air gap is announced. No SCP binds it
 * (https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps.html), so
 * its row of the proof table is an assumption for every property but this one: each Organizations
 * call that detaches, edits or deletes a policy, turns a policy type off, moves or removes an
 * account, or changes delegated administrators or trusted access, made by the management account's
 * root or a role in it, must match an ENABLED rule targeting an alert topic in the management
 * account's global-events region, where Organizations records its calls
 * (https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-service-event.html#eb-service-event-cloudtrail).
 */
public final class OrganizationChangesAlert implements VerifyRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG6010",
          Severity.ERROR,
          "A change the management account can make to the guardrails does not alert",
          "The management account is never restricted by SCPs; detaching airgap's SCPs or backup policies, moving the"
              + " central account or changing delegated administrators is how it would undo the air gap, so each such"
              + " call must reach an alert topic (issue 10 item 3).",
          "Deploy the management-alerts unit: a rule on aws.organizations events in the management account's"
              + " us-east-1 (the partition's global-events region) targeting an alert topic.");

  static final List<String> CALLS =
      List.of(
          "organizations:DeletePolicy",
          "organizations:DeregisterDelegatedAdministrator",
          "organizations:DetachPolicy",
          "organizations:DisableAWSServiceAccess",
          "organizations:DisablePolicyType",
          "organizations:MoveAccount",
          "organizations:RegisterDelegatedAdministrator",
          "organizations:RemoveAccountFromOrganization",
          "organizations:UpdatePolicy");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(VerifyContext ctx) {
    World w = ctx.world;
    String management = w.org.managementAccount;
    String region = w.model.organization().partition().globalEventsRegion();
    List<Caller> callers =
        List.of(
            Caller.root(w.org.partition, management),
            Caller.role(
                "arn:" + w.org.partition + ":iam::" + management + ":role/OrganizationAdmin",
                management));
    List<String> silent = new ArrayList<>();
    for (String action : CALLS) {
      for (Caller caller : callers) {
        DestructiveCallsAlert.Probe probe =
            new DestructiveCallsAlert.Probe(
                new ThreatCatalog.Call(action, ThreatCatalog.Scope.VAULT, true),
                management,
                region,
                Map.of());
        if (!DestructiveCallsAlert.alerted(w, probe, caller)) {
          silent.add(action + " by " + caller.type());
        }
      }
    }
    ctx.table.mark(
        Position.Kind.MANAGEMENT,
        Property.ALERTS,
        silent.isEmpty() ? ProofTable.Status.PROVEN : ProofTable.Status.BREACH);
    if (!silent.isEmpty()) {
      silent.forEach(s -> ctx.cells.add(INFO.id() + "|" + s));
      ctx.report(
          "",
          "/organization/managementAccount",
          "silent: "
              + silent.size()
              + " Organizations call(s) of the"
              + " management account "
              + management
              + " reach no ENABLED rule targeting an alert topic ("
              + region
              + "): "
              + silent,
          info().fix());
    }
  }
}
