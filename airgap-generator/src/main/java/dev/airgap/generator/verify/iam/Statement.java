package dev.airgap.generator.verify.iam;

import java.util.List;
import java.util.Map;

/**
 * One policy statement, intrinsic functions resolved for one stack instance
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements.html).
 *
 * @param origin where it was written
 * @param allow Effect Allow (else Deny)
 * @param principals Principal by type ({@code AWS}, {@code Service}, {@code *}); empty map for
 *     identity policies and SCPs, which have none
 * @param notPrincipal whether {@code principals} came from NotPrincipal
 * @param actions Action or NotAction values
 * @param notAction whether {@code actions} came from NotAction
 * @param resources Resource or NotResource values ({@code *} when absent, as in SCPs)
 * @param notResource whether {@code resources} came from NotResource
 * @param conditions every clause of the Condition block
 */
public record Statement(
    Origin origin,
    boolean allow,
    Map<String, List<String>> principals,
    boolean notPrincipal,
    List<String> actions,
    boolean notAction,
    List<String> resources,
    boolean notResource,
    List<ConditionClause> conditions) {

  public Statement {
    principals = Map.copyOf(principals);
    actions = List.copyOf(actions);
    resources = List.copyOf(resources);
    conditions = List.copyOf(conditions);
  }

  /** Action or NotAction: case-insensitive wildcards. */
  public boolean matchesAction(String action) {
    boolean listed = actions.stream().anyMatch(a -> Glob.matches(a, action, true));
    return notAction != listed;
  }

  /** Resource or NotResource: ARN wildcards per part. */
  public boolean matchesResource(String resource) {
    boolean listed = resources.stream().anyMatch(r -> Glob.arnMatches(r, resource));
    return notResource != listed;
  }

  /**
   * Principal or NotPrincipal of a resource-based policy. {@code "*"} and {@code AWS: "*"} match
   * every IAM principal; an account id or {@code arn:...:root} matches every principal of that
   * account, whose own IAM policies then decide (delegation)
   * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html).
   */
  public boolean matchesPrincipal(Principal p) {
    if (principals.isEmpty() && !notPrincipal) {
      return true;
    }
    boolean listed = false;
    for (Map.Entry<String, List<String>> e : principals.entrySet()) {
      for (String v : e.getValue()) {
        listed |=
            switch (e.getKey()) {
              case "*" -> true;
              case "AWS" -> p.kind() != Principal.Kind.SERVICE && awsMatches(v, p);
              case "Service" -> p.kind() == Principal.Kind.SERVICE && v.equals(p.arn());
              default -> false;
            };
      }
    }
    return notPrincipal != listed;
  }

  private static boolean awsMatches(String v, Principal p) {
    if (v.equals("*")) {
      return true;
    }
    if (v.matches("\\d{12}")) {
      return v.equals(p.account());
    }
    if (v.endsWith(":root")) {
      String[] parts = v.split(":");
      return parts.length >= 5 && parts[4].equals(p.account());
    }
    return v.equals(p.arn());
  }

  /**
   * Whether the statement grants (Allow) or refuses (Deny) to the principal's account root only.
   */
  public boolean namesAccountRootOf(Principal p) {
    List<String> aws = principals.getOrDefault("AWS", List.of());
    return !notPrincipal
        && aws.stream()
            .anyMatch(
                v ->
                    !v.equals("*")
                        && (v.equals(p.account())
                            || v.endsWith(":root")
                                && v.split(":").length >= 5
                                && v.split(":")[4].equals(p.account())));
  }

  /** The first condition clause that is false for the context, or null when all hold. */
  public ConditionClause failingCondition(Map<String, List<String>> context) {
    for (ConditionClause c : conditions) {
      if (!c.holds(context)) {
        return c;
      }
    }
    return null;
  }
}
