package dev.airgap.model;

import java.util.List;
import java.util.Optional;

/**
 * A second AWS Organization, outside the production one, that owns the way back to the copies: a
 * recovery account the logically air-gapped central vault is shared with through RAM, and, in its
 * management account, the multi-party approval team that must approve restore access. AWS Backup
 * recommends this layout so that even full control of the production organization does not reach
 * the copies' recovery path (docs/aws-facts.md §13.20, §22).
 *
 * @param id the recovery organization's id ({@code o-…}); never the production organization's
 * @param managementAccount its management account: owns the Identity Center instance, the MPA
 *     identity source and the approval team, and deploys the recovery output set
 * @param recoveryAccount the account (in the recovery organization) the vault is shared with, which
 *     restores from it
 * @param multiPartyApproval the approval team, owned by {@code managementAccount} (its {@code
 *     account} is that account)
 * @param alertEmails who receives the recovery organization's alerts; empty: the central alert
 *     e-mails
 */
public record RecoveryOrganization(
    String id,
    String managementAccount,
    String recoveryAccount,
    Optional<MultiPartyApproval> multiPartyApproval,
    List<String> alertEmails) {

  public RecoveryOrganization {
    alertEmails = List.copyOf(alertEmails);
  }
}
