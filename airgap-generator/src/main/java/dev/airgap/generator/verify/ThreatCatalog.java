package dev.airgap.generator.verify;

import java.util.List;

/**
 * The calls the air gap must refuse or announce, written from the threat model (issue 10 and {@code
 * docs/threat-model.md}), never read from the templates: the templates are what is checked. Actions
 * per the Service Authorization Reference (AWS Backup:
 * https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsbackup.html, KMS:
 * https://docs.aws.amazon.com/service-authorization/latest/reference/list_awskeymanagementservice.html).
 */
public final class ThreatCatalog {
  private ThreatCatalog() {}

  /** What a call touches. */
  public enum Scope {
    VAULT,
    RECOVERY_POINT,
    KEY,
    ALERT_KEY,
    ALERT_RULE,
    ALERT_TOPIC,
    TRAIL,
    EXEMPT_ROLE,
    RESOURCE_SHARE,
    ORGANIZATION
  }

  /**
   * One call.
   *
   * @param action IAM action
   * @param scope what it acts on
   * @param data a data or lock action (only admins); otherwise a configuration action
   *     CloudFormation needs on an update (admins and the deploy role)
   */
  public record Call(String action, Scope scope, boolean data) {
    public String eventSource() {
      String service = action.substring(0, action.indexOf(':'));
      return service + ".amazonaws.com";
    }

    public String eventName() {
      return action.substring(action.indexOf(':') + 1);
    }
  }

  /** Delete, shorten, disassociate, copy out, restore a recovery point. */
  public static final List<Call> RECOVERY_POINT_DATA =
      List.of(
          new Call("backup:DeleteRecoveryPoint", Scope.RECOVERY_POINT, true),
          new Call("backup:UpdateRecoveryPointLifecycle", Scope.RECOVERY_POINT, true),
          new Call("backup:DisassociateRecoveryPoint", Scope.RECOVERY_POINT, true),
          new Call("backup:DisassociateRecoveryPointFromParent", Scope.RECOVERY_POINT, true),
          new Call("backup:StartCopyJob", Scope.RECOVERY_POINT, true),
          new Call("backup:StartRestoreJob", Scope.RECOVERY_POINT, true));

  /**
   * Remove the lock, the vault, its access policy or notifications, change its sharing or its
   * multi-party approval team, copy out. Deleting the access policy or the notifications is not
   * configuration: airgap never removes either property, so CloudFormation never needs those calls,
   * and each one switches a layer off.
   */
  public static final List<Call> VAULT_DATA =
      List.of(
          new Call("backup:DeleteBackupVault", Scope.VAULT, true),
          new Call("backup:DeleteBackupVaultAccessPolicy", Scope.VAULT, true),
          new Call("backup:DeleteBackupVaultNotifications", Scope.VAULT, true),
          new Call("backup:DeleteBackupVaultLockConfiguration", Scope.VAULT, true),
          new Call("backup:PutBackupVaultSharingPolicy", Scope.VAULT, true),
          new Call("backup:DeleteBackupVaultSharingPolicy", Scope.VAULT, true),
          new Call("backup:AssociateBackupVaultMpaApprovalTeam", Scope.VAULT, true),
          new Call("backup:DisassociateBackupVaultMpaApprovalTeam", Scope.VAULT, true),
          new Call("backup:CopyFromBackupVault", Scope.VAULT, true));

  /** What CloudFormation calls to update the vault: the deploy role needs them, nobody else. */
  public static final List<Call> VAULT_CONFIGURATION =
      List.of(
          new Call("backup:PutBackupVaultAccessPolicy", Scope.VAULT, false),
          new Call("backup:PutBackupVaultNotifications", Scope.VAULT, false),
          new Call("backup:PutBackupVaultLockConfiguration", Scope.VAULT, false));

  /** Make the vault's copies unreadable: delete or disable the key, or grant it away. */
  public static final List<Call> KEY_DATA =
      List.of(
          new Call("kms:ScheduleKeyDeletion", Scope.KEY, true),
          new Call("kms:DisableKey", Scope.KEY, true),
          new Call("kms:CreateGrant", Scope.KEY, true));

  public static final List<Call> KEY_CONFIGURATION =
      List.of(new Call("kms:PutKeyPolicy", Scope.KEY, false));

  /** The configuration calls the deploy role must keep (a deny on them breaks the next deploy). */
  public static final List<String> DEPLOY_NEEDS =
      List.of(
          "backup:PutBackupVaultAccessPolicy",
          "backup:PutBackupVaultNotifications",
          "backup:PutBackupVaultLockConfiguration",
          "kms:PutKeyPolicy");

  /** Switch the alert path off: rule, topic, its key, the trail. */
  public static final List<Call> SILENCING =
      List.of(
          new Call("events:DisableRule", Scope.ALERT_RULE, true),
          new Call("events:DeleteRule", Scope.ALERT_RULE, true),
          new Call("events:RemoveTargets", Scope.ALERT_RULE, true),
          new Call("events:PutRule", Scope.ALERT_RULE, false),
          new Call("sns:DeleteTopic", Scope.ALERT_TOPIC, true),
          new Call("sns:SetTopicAttributes", Scope.ALERT_TOPIC, true),
          new Call("sns:Unsubscribe", Scope.ALERT_TOPIC, true),
          new Call("kms:DisableKey", Scope.ALERT_KEY, true),
          new Call("kms:ScheduleKeyDeletion", Scope.ALERT_KEY, true),
          new Call("cloudtrail:StopLogging", Scope.TRAIL, true),
          new Call("cloudtrail:DeleteTrail", Scope.TRAIL, true),
          new Call("cloudtrail:UpdateTrail", Scope.TRAIL, true),
          new Call("cloudtrail:PutEventSelectors", Scope.TRAIL, true));

  /** Take over a role an exemption names (IAM events arrive in us-east-1). */
  public static final List<Call> ROLE_TAKEOVER =
      List.of(
          new Call("iam:CreateRole", Scope.EXEMPT_ROLE, true),
          new Call("iam:UpdateAssumeRolePolicy", Scope.EXEMPT_ROLE, true),
          new Call("iam:AttachRolePolicy", Scope.EXEMPT_ROLE, true),
          new Call("iam:PutRolePolicy", Scope.EXEMPT_ROLE, true),
          new Call("iam:PutRolePermissionsBoundary", Scope.EXEMPT_ROLE, true),
          new Call("iam:DeleteRole", Scope.EXEMPT_ROLE, true));

  /** Change who the logically air-gapped vault is shared with. */
  public static final List<Call> SHARING =
      List.of(
          new Call("ram:UpdateResourceShare", Scope.RESOURCE_SHARE, true),
          new Call("ram:AssociateResourceShare", Scope.RESOURCE_SHARE, true),
          new Call("ram:DisassociateResourceShare", Scope.RESOURCE_SHARE, true),
          new Call("ram:DeleteResourceShare", Scope.RESOURCE_SHARE, true));

  /** Organizations changes that lift the guardrails (management account, us-east-1). */
  public static final List<Call> ORGANIZATION =
      List.of(
          new Call("organizations:DetachPolicy", Scope.ORGANIZATION, true),
          new Call("organizations:UpdatePolicy", Scope.ORGANIZATION, true),
          new Call("organizations:DeletePolicy", Scope.ORGANIZATION, true),
          new Call("organizations:MoveAccount", Scope.ORGANIZATION, true),
          new Call("organizations:DisablePolicyType", Scope.ORGANIZATION, true),
          new Call("organizations:RegisterDelegatedAdministrator", Scope.ORGANIZATION, true),
          new Call("organizations:DeregisterDelegatedAdministrator", Scope.ORGANIZATION, true));
}
