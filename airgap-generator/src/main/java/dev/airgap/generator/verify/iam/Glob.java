package dev.airgap.generator.verify.iam;

import java.util.Locale;

/**
 * The two wildcards of the IAM policy language: {@code *} (zero or more characters) and {@code ?}
 * (exactly one). Actions compare case-insensitively, ARNs and strings case-sensitively
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html,
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html).
 */
public final class Glob {
  private Glob() {}

  /** Whether {@code value} matches {@code pattern}; {@code *} may span any character. */
  public static boolean matches(String pattern, String value, boolean ignoreCase) {
    if (ignoreCase) {
      pattern = pattern.toLowerCase(Locale.ROOT);
      value = value.toLowerCase(Locale.ROOT);
    }
    return match(pattern, 0, value, 0);
  }

  /** Iterative glob with backtracking to the last star: linear for the patterns policies hold. */
  private static boolean match(String p, int pi, String v, int vi) {
    int star = -1;
    int mark = 0;
    while (vi < v.length()) {
      if (pi < p.length() && (p.charAt(pi) == '?' || p.charAt(pi) == v.charAt(vi))) {
        pi++;
        vi++;
      } else if (pi < p.length() && p.charAt(pi) == '*') {
        star = pi++;
        mark = vi;
      } else if (star >= 0) {
        pi = star + 1;
        vi = ++mark;
      } else {
        return false;
      }
    }
    while (pi < p.length() && p.charAt(pi) == '*') {
      pi++;
    }
    return pi == p.length();
  }

  /** Whether the text holds a wildcard. */
  public static boolean hasWildcard(String pattern) {
    return pattern.indexOf('*') >= 0 || pattern.indexOf('?') >= 0;
  }

  /**
   * A concrete value an attacker could choose that matches the pattern: every {@code *} becomes
   * {@code filler}, every {@code ?} becomes {@code x}.
   */
  public static String instance(String pattern, String filler) {
    return pattern.replace("*", filler).replace("?", "x");
  }

  /**
   * ARN matching as {@code ArnLike} and the {@code Resource} element define it: each of the six
   * colon-delimited parts is matched separately, and a {@code *} that ends a part of a pattern with
   * fewer parts expands beyond the colons
   * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_ARN,
   * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html#reference_policies_elements_resource_wildcards).
   */
  public static boolean arnMatches(String pattern, String value) {
    if (pattern.equals("*")) {
      return true;
    }
    String[] p = pattern.split(":", 6);
    String[] v = value.split(":", 6);
    if (p.length < 6) {
      // "arn:aws:backup:*" style: the last part's star swallows the rest of the ARN.
      if (!p[p.length - 1].endsWith("*") || v.length < p.length) {
        return p.length == v.length && partsMatch(p, v, p.length);
      }
      if (!partsMatch(p, v, p.length - 1)) {
        return false;
      }
      String rest = String.join(":", java.util.Arrays.copyOfRange(v, p.length - 1, v.length));
      return matches(p[p.length - 1], rest, false);
    }
    return v.length == 6 && partsMatch(p, v, 6);
  }

  private static boolean partsMatch(String[] p, String[] v, int n) {
    for (int i = 0; i < n; i++) {
      if (!matches(p[i], v[i], false)) {
        return false;
      }
    }
    return true;
  }
}
