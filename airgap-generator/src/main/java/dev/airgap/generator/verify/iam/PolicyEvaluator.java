package dev.airgap.generator.verify.iam;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Decides one request against SCPs, a resource policy and an identity policy that allows
 * everything, following the AWS policy evaluation logic
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html) and
 * its cross-account variant
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html).
 */
public final class PolicyEvaluator {
  private PolicyEvaluator() {}

  /**
   * Rules, in the order AWS applies them:
   *
   * <ol>
   *   <li>An explicit Deny in any applicable policy wins ("Explicit deny ... overrides any allows",
   *       evaluation-logic page, "Determining whether a request is allowed or denied within an
   *       account").
   *   <li>SCPs: every level of the OU path must allow; verify models AWS's default {@code
   *       FullAWSAccess} as attached at every level, so only SCP Deny statements restrict. They
   *       bind every principal of a member account including its root, never the management account
   *       nor service-linked roles (evaluation-logic page, "Service control policies";
   *       Organizations "SCP effects on permissions").
   *   <li>KMS: the key policy must allow, directly or by naming the account root, which delegates
   *       to IAM policies ("Unless the key policy explicitly allows it, you cannot use IAM policies
   *       to allow access to a KMS key",
   *       https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html#key-policy-default-allow-root-enable-iam).
   *   <li>Same account: the identity policy (assumed to allow) or the resource policy suffices.
   *   <li>Cross account: the resource policy must allow the principal (or its account root) as well
   *       as the identity policy (cross-account page, "Determining whether a cross-account request
   *       is allowed").
   * </ol>
   */
  public static Decision evaluate(Request request, Layers layers) {
    Principal p = request.principal();
    Map<String, List<String>> ctx = request.context();
    List<String> notes = new ArrayList<>();
    boolean anyScpDeny = false;
    for (AttachedScp scp : layers.scps()) {
      boolean bound = scp.binds(p, layers.managementAccount());
      for (Statement s : scp.policy().statements()) {
        if (s.allow()) {
          continue;
        }
        if (!bound) {
          if (s.matchesAction(request.action())) {
            notes.add(
                s.origin() + ": SCP does not bind " + boundWhy(p, layers.managementAccount()));
          }
          continue;
        }
        String why = whyNot(s, request, ctx, false);
        if (why == null) {
          return new Decision(false, "denied by " + s.origin(), List.of(), s.origin());
        }
        if (s.matchesAction(request.action())) {
          anyScpDeny = true;
        }
        notes.add(s.origin() + ": " + why);
      }
    }
    if (!anyScpDeny) {
      notes.add(0, "no SCP denies it");
    }
    Policy rp = layers.resourcePolicy();
    boolean resourceAllows = false;
    boolean accountDelegated = false;
    if (rp != null) {
      for (Statement s : rp.statements()) {
        String why = whyNot(s, request, ctx, true);
        if (!s.allow()) {
          if (why == null) {
            return new Decision(false, "denied by " + s.origin(), List.of(), s.origin());
          }
          notes.add(s.origin() + ": " + why);
        } else if (why == null) {
          resourceAllows = true;
          accountDelegated |= s.namesAccountRootOf(p);
        }
      }
    }
    boolean sameAccount =
        p.account().equals(request.resourceAccount()) && p.kind() != Principal.Kind.SERVICE;
    if (layers.keyPolicy()) {
      if (!resourceAllows) {
        return new Decision(
            false,
            "no statement of key policy "
                + rp.file()
                + " "
                + rp.logicalId()
                + " allows it (KMS: the key policy must allow)",
            List.of(),
            null);
      }
      if (!sameAccount && !accountDelegated && p.kind() == Principal.Kind.SERVICE) {
        return new Decision(true, "allowed by key policy to the service", notes, null);
      }
      return new Decision(
          true,
          accountDelegated ? "key policy allows the account, IAM allows" : "key policy allows",
          notes,
          null);
    }
    if (p.kind() == Principal.Kind.SERVICE) {
      return resourceAllows
          ? new Decision(true, "resource policy allows the service", notes, null)
          : new Decision(false, "no resource policy allows the service", List.of(), null);
    }
    if (sameAccount) {
      return new Decision(true, "same account: identity policy allows", notes, null);
    }
    if (!resourceAllows) {
      return new Decision(
          false,
          "cross-account and no resource policy allows it"
              + (rp == null ? "" : " (" + rp.file() + " " + rp.logicalId() + ")"),
          List.of(),
          null);
    }
    return new Decision(
        true, "cross-account: resource policy and identity policy allow", notes, null);
  }

  private static String boundWhy(Principal p, String management) {
    if (!p.inOrganization()) {
      return "a principal outside the organization";
    }
    if (p.account().equals(management)) {
      return "the management account";
    }
    if (p.serviceLinked()) {
      return "a service-linked role";
    }
    return "this account (not attached on its path)";
  }

  /** Why a statement does not apply to the request, or null when it does. */
  static String whyNot(
      Statement s, Request r, Map<String, List<String>> ctx, boolean resourcePolicy) {
    if (!s.matchesAction(r.action())) {
      return "action not listed";
    }
    if (!s.matchesResource(r.resource())) {
      return "resource " + r.resource() + " not matched by " + s.resources();
    }
    if (resourcePolicy && !s.matchesPrincipal(r.principal())) {
      return "principal not matched";
    }
    ConditionClause failing = s.failingCondition(ctx);
    if (failing != null) {
      if (failing.negated()) {
        List<String> hit = failing.matchedValues(ctx);
        return "exempted by "
            + failing.operator()
            + " "
            + failing.key()
            + " "
            + (hit.size() == 1 ? hit.get(0) : hit);
      }
      return "condition " + failing + " is false";
    }
    return null;
  }
}
