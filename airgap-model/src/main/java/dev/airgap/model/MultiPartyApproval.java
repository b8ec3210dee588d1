package dev.airgap.model;

import java.util.List;

/**
 * Multi-party approval for a logically air-gapped central vault: the AWS Organizations approval
 * team that must approve restore access to the vault, and the Identity Center instance its
 * approvers sign in through (docs/aws-facts.md §13.20).
 *
 * @param account the management account that owns the identity source and the approval team: this
 *     organization's, or that of a separate recovery organization (AWS's recommendation)
 * @param identityCenterInstanceArn the organization instance of IAM Identity Center of that
 *     management account ({@code arn:aws:sso:::instance/ssoins-…})
 * @param identityCenterRegion the Region of that Identity Center instance; the approval team is
 *     created there too
 * @param approvers Identity Center user ids of the approvers
 * @param minApprovals approvals a request needs (M of N)
 */
public record MultiPartyApproval(
    String account,
    String identityCenterInstanceArn,
    String identityCenterRegion,
    List<String> approvers,
    int minApprovals) {

  public MultiPartyApproval {
    approvers = List.copyOf(approvers);
  }
}
