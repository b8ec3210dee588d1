package dev.airgap.generator.verify.iam;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One API call: principal, action, resource and request context. Context keys are matched
 * case-insensitively, as AWS does
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition.html).
 *
 * @param principal who calls
 * @param action e.g. {@code backup:DeleteRecoveryPoint}
 * @param resource the resource ARN
 * @param resourceAccount the account that owns the resource (same- vs cross-account rule)
 * @param extra further context keys (e.g. {@code kms:GrantIsForAWSResource}); an empty list means
 *     the key is absent
 */
public record Request(
    Principal principal,
    String action,
    String resource,
    String resourceAccount,
    Map<String, List<String>> extra) {

  public Request {
    extra = Map.copyOf(extra);
  }

  public static Request of(
      Principal principal, String action, String resource, String resourceAccount) {
    return new Request(principal, action, resource, resourceAccount, Map.of());
  }

  public Request with(String key, String... values) {
    Map<String, List<String>> more = new LinkedHashMap<>(extra);
    more.put(key, List.of(values));
    return new Request(principal, action, resource, resourceAccount, more);
  }

  /**
   * The request context: the global keys airgap's policies read
   * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html), the
   * KMS caller account for KMS actions
   * (https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html#conditions-kms-caller-account),
   * then {@link #extra}. A key absent from the map is absent from the request.
   */
  public Map<String, List<String>> context() {
    Map<String, List<String>> c = new LinkedHashMap<>();
    if (principal.kind() == Principal.Kind.SERVICE) {
      c.put("aws:principalisawsservice", List.of("true"));
      c.put("aws:sourceaccount", List.of(resourceAccount));
    } else {
      c.put("aws:principalarn", List.of(principal.arn()));
      c.put("aws:principalaccount", List.of(principal.account()));
      c.put("aws:principalisawsservice", List.of("false"));
      if (principal.inOrganization()) {
        c.put("aws:principalorgid", List.of(principal.organizationId()));
        c.put("aws:principalorgpaths", List.of(principal.orgPathValue()));
      }
      if (action.toLowerCase(Locale.ROOT).startsWith("kms:")) {
        c.put("kms:calleraccount", List.of(principal.account()));
      }
    }
    c.put("aws:resourceaccount", List.of(resourceAccount));
    extra.forEach(
        (k, v) -> {
          if (v.isEmpty()) {
            c.remove(k.toLowerCase(Locale.ROOT));
          } else {
            c.put(k.toLowerCase(Locale.ROOT), v);
          }
        });
    return c;
  }
}
