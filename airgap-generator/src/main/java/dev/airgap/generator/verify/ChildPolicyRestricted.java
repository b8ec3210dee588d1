package dev.airgap.generator.verify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;
import java.util.Iterator;
import java.util.Map;

/**
 * AG6007: every plan of every organization backup policy is closed to child policies
 * ({@code @@operators_allowed_for_child_policies: ["@@none"]} on the plan or above it), so a policy
 * attached lower in the tree cannot re-assign copy actions or lifecycles
 * (https://docs.aws.amazon.com/organizations/latest/userguide/policy-operators.html#child-control-operators).
 */
public final class ChildPolicyRestricted implements VerifyRule {
  static final String OPERATORS = "@@operators_allowed_for_child_policies";
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG6007",
          Severity.ERROR,
          "A backup plan can be overridden by a child policy",
          "Issue 11 property 7 (issue 10 item 8): without the child-control operator, a backup policy attached to a lower"
              + " OU or account can @@assign other copy actions or a shorter lifecycle, cutting the copies off.",
          "Add \"@@operators_allowed_for_child_policies\": [\"@@none\"] to each plan.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(VerifyContext ctx) {
    boolean ok = true;
    for (World.BackupPolicy p : ctx.world.backupPolicies) {
      boolean top = none(p.content()) || none(p.content().path("plans"));
      Iterator<Map.Entry<String, JsonNode>> plans =
          p.content().path("plans").properties().iterator();
      while (plans.hasNext()) {
        Map.Entry<String, JsonNode> plan = plans.next();
        if (!top && !none(plan.getValue())) {
          ok = false;
          ctx.report(
              p.file(),
              "/plans",
              "weakened below: "
                  + p.file()
                  + " "
                  + p.logicalId()
                  + " plan "
                  + plan.getKey()
                  + " has no "
                  + OPERATORS
                  + ": [\"@@none\"]",
              info().fix());
        }
      }
    }
    ctx.table.mark(
        Position.Kind.ORGANIZATION,
        Property.NOT_WEAKENED_FROM_BELOW,
        ok ? ProofTable.Status.PROVEN : ProofTable.Status.BREACH);
  }

  private static boolean none(JsonNode node) {
    JsonNode ops = node.path(OPERATORS);
    return ops.isArray() && ops.size() == 1 && ops.get(0).asText().equals("@@none");
  }
}
