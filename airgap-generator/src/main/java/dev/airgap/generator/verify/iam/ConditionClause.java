package dev.airgap.generator.verify.iam;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One {@code operator: {key: values}} entry of a Condition block. A block is true when every clause
 * is (AND); a clause is true when the key matches any of its values (OR), or for a negated operator
 * when it matches none
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-logic-multiple-context-keys-or-values.html).
 *
 * @param operator as written, e.g. {@code ForAnyValue:StringLikeIfExists}
 * @param key the context key as written
 * @param values the policy values, intrinsic functions resolved
 */
public record ConditionClause(String operator, String key, List<String> values) {
  public ConditionClause {
    values = List.copyOf(values);
  }

  /** The set operator prefix, if any. */
  enum SetOperator {
    NONE,
    FOR_ANY_VALUE,
    FOR_ALL_VALUES
  }

  /**
   * Evaluates this clause against a request context.
   *
   * <p>Missing keys: "If the key that you specify in a policy condition is not present in the
   * request context, the values do not match and the condition is false. If the policy condition
   * requires that the key is not matched, such as StringNotLike or ArnNotLike, and the right key is
   * not present, the condition is true"; {@code ...IfExists} makes a missing key true
   * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_IfExists).
   * Sets: {@code ForAllValues} is true for an empty or missing key, {@code ForAnyValue} false
   * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html).
   */
  public boolean holds(Map<String, List<String>> context) {
    String op = operator;
    SetOperator set = SetOperator.NONE;
    if (op.startsWith("ForAnyValue:")) {
      set = SetOperator.FOR_ANY_VALUE;
      op = op.substring("ForAnyValue:".length());
    } else if (op.startsWith("ForAllValues:")) {
      set = SetOperator.FOR_ALL_VALUES;
      op = op.substring("ForAllValues:".length());
    }
    boolean ifExists = op.endsWith("IfExists");
    if (ifExists) {
      op = op.substring(0, op.length() - "IfExists".length());
    }
    List<String> actual = context.get(key.toLowerCase(Locale.ROOT));
    boolean absent = actual == null || actual.isEmpty();
    if (op.equals("Null")) {
      // Null: "true" means the key must be absent, "false" that it must be present.
      boolean wantAbsent = values.stream().anyMatch(v -> v.equalsIgnoreCase("true"));
      return wantAbsent == absent;
    }
    boolean negated = isNegated(op);
    String base = negated ? positiveOf(op) : op;
    if (absent) {
      if (ifExists) {
        return true;
      }
      return switch (set) {
        case FOR_ALL_VALUES -> true;
        case FOR_ANY_VALUE -> false;
        case NONE -> negated;
      };
    }
    return switch (set) {
      case FOR_ANY_VALUE -> actual.stream().anyMatch(a -> negated != matchesAny(base, a));
      case FOR_ALL_VALUES -> actual.stream().allMatch(a -> negated != matchesAny(base, a));
      // A single-valued operator on a multi-valued key (aws:PrincipalOrgPaths) compares each value:
      // true when any matches; a negated operator is the negation of that.
      case NONE -> negated != actual.stream().anyMatch(a -> matchesAny(base, a));
    };
  }

  private boolean matchesAny(String base, String actual) {
    for (String v : values) {
      if (matchesOne(base, v, actual)) {
        return true;
      }
    }
    return false;
  }

  private boolean matchesOne(String base, String policyValue, String actual) {
    return switch (base) {
      case "StringEquals" -> policyValue.equals(actual);
      case "StringEqualsIgnoreCase" -> policyValue.equalsIgnoreCase(actual);
      case "StringLike" -> Glob.matches(policyValue, actual, false);
      // ArnEquals and ArnLike both take wildcards per colon-delimited part.
      case "ArnEquals", "ArnLike" -> Glob.arnMatches(policyValue, actual);
      case "Bool" -> policyValue.equalsIgnoreCase(actual);
      default ->
          throw new UnsupportedOperationException(
              "condition operator not modelled by verify: " + operator);
    };
  }

  static boolean isNegated(String op) {
    return op.equals("StringNotEquals")
        || op.equals("StringNotEqualsIgnoreCase")
        || op.equals("StringNotLike")
        || op.equals("ArnNotEquals")
        || op.equals("ArnNotLike");
  }

  private static String positiveOf(String op) {
    return op.replace("Not", "");
  }

  /** Whether this clause names an exemption list (a negated operator). */
  public boolean negated() {
    String op = operator.replaceFirst("^For(Any|All)Values?:", "").replace("IfExists", "");
    return isNegated(op);
  }

  /** The values of a negated clause the request matched: what exempted it. */
  public List<String> matchedValues(Map<String, List<String>> context) {
    List<String> actual = context.get(key.toLowerCase(Locale.ROOT));
    if (actual == null) {
      return List.of();
    }
    String op = operator.replaceFirst("^For(Any|All)Values?:", "").replace("IfExists", "");
    String base = isNegated(op) ? positiveOf(op) : op;
    return values.stream()
        .filter(v -> actual.stream().anyMatch(a -> matchesOne(base, v, a)))
        .toList();
  }

  @Override
  public String toString() {
    return operator + " " + key + " " + (values.size() == 1 ? values.get(0) : values.toString());
  }
}
