package dev.airgap.generator.verify;

import dev.airgap.generator.verify.iam.Principal;

/**
 * An attacker position of the threat model, with the principal it starts as. Its own identity
 * policy is assumed to allow everything: only the layers airgap writes stand in its way.
 *
 * @param kind which row of the proof table
 * @param start the principal it starts as
 * @param identityCenter it can create and assign Identity Center permission sets
 * @param runsStackSets it can run stack set operations against the central OU (delegated admin)
 */
public record Position(Kind kind, Principal start, boolean identityCenter, boolean runsStackSets) {

  /** Rows of the proof table. */
  public enum Kind {
    MEMBER_ADMIN("member-account admin"),
    CENTRAL_ADMIN("central admin (not a vault admin)"),
    CENTRAL_ROOT("central root"),
    DEPLOY_ROLE("StackSet execution / deploy role"),
    DELEGATED_ADMIN("delegated admin"),
    IDENTITY_CENTER_ADMIN("Identity Center admin"),
    OUTSIDER("principal outside the organization"),
    KEY_ACCOUNT_ADMIN("key-account admin (not a key admin)"),
    KEY_ADMIN_WITHOUT_MFA("key admin without MFA"),
    MANAGEMENT("management account"),
    VAULT_ADMIN("vault admin"),
    RECOVERY_ORGANIZATION("recovery organization"),
    ORGANIZATION("organization policies");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public String describe() {
    return kind.label() + " " + start.arn();
  }
}
