package dev.airgap.generator.verify.iam;

import java.util.List;

/**
 * A service control policy and the roots, OUs and accounts it is attached to.
 *
 * @param policy the SCP content
 * @param targetIds {@code TargetIds} as generated
 */
public record AttachedScp(Policy policy, List<String> targetIds) {
  public AttachedScp {
    targetIds = List.copyOf(targetIds);
  }

  /**
   * Whether the SCP restricts the principal: attached to its account or to a root or OU on its
   * path; never the management account, never a service-linked role
   * (https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps.html#not-restricted-by-scp),
   * never a principal outside the organization (whose path holds no target).
   */
  public boolean binds(Principal p, String managementAccount) {
    if (!p.inOrganization()
        || p.serviceLinked()
        || p.kind() == Principal.Kind.SERVICE
        || p.account().equals(managementAccount)) {
      return false;
    }
    return targetIds.contains(p.account()) || p.orgPath().stream().anyMatch(targetIds::contains);
  }
}
