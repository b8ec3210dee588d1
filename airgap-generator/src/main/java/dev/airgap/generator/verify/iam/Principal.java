package dev.airgap.generator.verify.iam;

import java.util.List;

/**
 * Who makes a request, with what the request context says about them.
 *
 * @param label how a counterexample names them, e.g. {@code central admin}
 * @param arn the value of {@code aws:PrincipalArn}: the role (not the session), user or {@code
 *     arn:aws:iam::A:root}; a service name for {@link Kind#SERVICE}
 * @param account the principal's account ({@code aws:PrincipalAccount})
 * @param organizationId {@code aws:PrincipalOrgID}, or empty outside the organization
 * @param orgPath root, then OUs down to the account's parent ({@code aws:PrincipalOrgPaths})
 * @param kind what kind of principal
 * @param serviceLinked a service-linked role: SCPs do not restrict it
 *     (https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps.html#scp-effects-on-permissions)
 */
public record Principal(
    String label,
    String arn,
    String account,
    String organizationId,
    List<String> orgPath,
    Kind kind,
    boolean serviceLinked) {

  public Principal {
    orgPath = List.copyOf(orgPath);
  }

  /** The kinds CloudTrail and the policy language tell apart. */
  public enum Kind {
    ROOT,
    ROLE,
    USER,
    SERVICE
  }

  public boolean inOrganization() {
    return !organizationId.isEmpty();
  }

  /** The same principal under another name (for a counterexample). */
  public Principal named(String newLabel) {
    return new Principal(newLabel, arn, account, organizationId, orgPath, kind, serviceLinked);
  }

  /** {@code aws:PrincipalOrgPaths}: {@code o-x/r-x/ou-a/ou-b/}. */
  public String orgPathValue() {
    return organizationId + "/" + String.join("/", orgPath) + "/";
  }
}
