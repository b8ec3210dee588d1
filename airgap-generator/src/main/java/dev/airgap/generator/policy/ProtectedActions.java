package dev.airgap.generator.policy;

import java.util.List;
import java.util.TreeSet;

/**
 * The actions airgap denies, grouped by <em>who may still call them</em>, and the CloudTrail event
 * names the tamper rules watch (docs/threat-model.md, docs/aws-facts.md §6.2, §7.1, §13).
 *
 * <p>Every deny layer (central vault access policy, key policies, the SCPs) is built from these
 * groups, so the layers cannot drift apart. The split is the point:
 *
 * <ul>
 *   <li><b>Admins only</b> — data and lock actions: destroy or shorten a recovery point ({@link
 *       #backupDestruction()}), take data out ({@link #backupExfiltration()}), change who shares or
 *       approves access to the vault ({@link #backupSharing()}), destroy or disable a key that
 *       encrypts it ({@link #keyDestruction()}), silence the alert path ({@link
 *       #alertSilencing()}), take the central account out of the organization ({@link
 *       #leaveOrganization()}), and take over a principal that an exemption names ({@link
 *       #principalTakeover()}).
 *   <li><b>Admins and the deploy role</b> — only what CloudFormation calls to update the resources
 *       airgap deploys ({@link #backupConfiguration()}, {@link #keyConfiguration()}, {@link
 *       #alertConfiguration()}). The deploy role is reachable by whoever may run a stack set
 *       operation (management account, delegated admin), so it must never be able to destroy data
 *       directly; what it can change is configuration that the SCP still backs up.
 * </ul>
 *
 * <p>No entry uses a wildcard: AWS Backup vault access policies reject wildcards in {@code Action}
 * (docs/aws-facts.md §2.3), and explicit names keep the typo check ({@link KnownActions})
 * meaningful. Every list is sorted and free of duplicates.
 */
public final class ProtectedActions {
  /** Service prefix of AWS Backup IAM actions. */
  public static final String PREFIX = "backup:";

  private static final List<String> BACKUP_DESTRUCTION =
      sorted(
          "backup:DeleteBackupVault",
          "backup:DeleteBackupVaultAccessPolicy",
          "backup:DeleteBackupVaultLockConfiguration",
          "backup:DeleteBackupVaultNotifications",
          "backup:DeleteRecoveryPoint",
          "backup:DisassociateRecoveryPoint",
          "backup:DisassociateRecoveryPointFromParent",
          "backup:UpdateRecoveryPointLifecycle");

  private static final List<String> BACKUP_EXFILTRATION =
      sorted(
          "backup:CopyFromBackupVault",
          "backup:CreateBackupAccessPoint",
          "backup:CreateRestoreAccessBackupVault",
          "backup:StartCopyJob",
          "backup:StartRestoreJob");

  private static final List<String> BACKUP_SHARING =
      sorted(
          "backup:AssociateBackupVaultMpaApprovalTeam",
          "backup:DeleteBackupVaultSharingPolicy",
          "backup:DisassociateBackupVaultMpaApprovalTeam",
          "backup:PutBackupVaultSharingPolicy",
          "backup:RevokeRestoreAccessBackupVault");

  private static final List<String> BACKUP_CONFIGURATION =
      sorted(
          "backup:PutBackupVaultAccessPolicy",
          "backup:PutBackupVaultLockConfiguration",
          "backup:PutBackupVaultNotifications");

  /**
   * The source services' own calls on the recovery points of a standard vault: EBS snapshots and
   * AMIs, RDS and Aurora snapshots, DynamoDB and FSx backups are native resources whose ARNs are
   * the service's (docs/aws-facts.md §13.3), and the vault access policy does not govern their
   * APIs. In the central account nothing else creates them, so the SCP denies deleting and sharing
   * them to all but the admins; AWS Backup's own lifecycle deletes run as its service-linked role,
   * which no SCP binds (docs/aws-facts.md §13.1).
   */
  private static final List<String> NATIVE_RECOVERY_POINTS =
      sorted(
          "dynamodb:DeleteBackup",
          "ec2:DeleteSnapshot",
          "ec2:DeregisterImage",
          "ec2:ModifyImageAttribute",
          "ec2:ModifySnapshotAttribute",
          "fsx:DeleteBackup",
          "rds:DeleteDBClusterSnapshot",
          "rds:DeleteDBSnapshot",
          "rds:ModifyDBClusterSnapshotAttribute",
          "rds:ModifyDBSnapshotAttribute");

  private static final List<String> MEMBER_BASELINE =
      sorted(
          "backup:DeleteBackupVault",
          "iam:AttachRolePolicy",
          "iam:DeleteRole",
          "iam:DeleteRolePermissionsBoundary",
          "iam:DeleteRolePolicy",
          "iam:DetachRolePolicy",
          "iam:PutRolePermissionsBoundary",
          "iam:PutRolePolicy",
          "iam:UpdateAssumeRolePolicy",
          "kms:DeleteAlias",
          "kms:UpdateAlias");

  /** What deletes, disables or retargets a member account's job-event forwarding rule. */
  private static final List<String> JOB_EVENT_FORWARDING =
      sorted(
          "events:DeleteRule",
          "events:DisableRule",
          "events:PutRule",
          "events:PutTargets",
          "events:RemoveTargets");

  /**
   * What deletes or weakens a member account's missing-backup Config rules (docs/aws-facts.md
   * §17.5): deleting one or its results, or putting it again with a longer age or a narrower scope.
   */
  private static final List<String> MISSING_BACKUP_RULES =
      sorted("config:DeleteConfigRule", "config:DeleteEvaluationResults", "config:PutConfigRule");

  private static final List<String> KEY_DESTRUCTION =
      sorted("kms:DisableKey", "kms:RevokeGrant", "kms:ScheduleKeyDeletion");

  private static final List<String> KEY_CONFIGURATION = sorted("kms:PutKeyPolicy");

  private static final List<String> ALERT_SILENCING =
      sorted(
          "cloudtrail:DeleteTrail",
          "cloudtrail:PutEventSelectors",
          "cloudtrail:StopLogging",
          "cloudtrail:UpdateTrail",
          "events:DeleteRule",
          "events:DisableRule",
          "events:RemoveTargets",
          "sns:DeleteTopic");

  private static final List<String> ALERT_CONFIGURATION =
      sorted(
          "events:PutRule",
          "events:PutTargets",
          "sns:AddPermission",
          "sns:RemovePermission",
          "sns:SetTopicAttributes",
          "sns:Subscribe",
          "sns:Unsubscribe");

  private static final List<String> ROLE_TAKEOVER =
      sorted(
          "iam:AttachRolePolicy",
          "iam:CreateRole",
          "iam:DeleteRole",
          "iam:DeleteRolePermissionsBoundary",
          "iam:DeleteRolePolicy",
          "iam:DetachRolePolicy",
          "iam:PassRole",
          "iam:PutRolePermissionsBoundary",
          "iam:PutRolePolicy",
          "iam:TagRole",
          "iam:UntagRole",
          "iam:UpdateAssumeRolePolicy",
          "iam:UpdateRole");

  private static final List<String> USER_TAKEOVER =
      sorted(
          "iam:AttachUserPolicy",
          "iam:CreateAccessKey",
          "iam:CreateLoginProfile",
          "iam:CreateServiceSpecificCredential",
          "iam:CreateUser",
          "iam:DeactivateMFADevice",
          "iam:DeleteUser",
          "iam:DeleteUserPermissionsBoundary",
          "iam:DeleteUserPolicy",
          "iam:DetachUserPolicy",
          "iam:EnableMFADevice",
          "iam:PutUserPermissionsBoundary",
          "iam:PutUserPolicy",
          "iam:TagUser",
          "iam:UntagUser",
          "iam:UpdateAccessKey",
          "iam:UpdateLoginProfile",
          "iam:UpdateUser",
          "iam:UploadSSHPublicKey",
          "iam:UploadSigningCertificate");

  private static final List<String> LEAVE_ORGANIZATION = sorted("organizations:LeaveOrganization");

  /**
   * Mutating AWS Backup API calls worth a human look (docs/aws-facts.md §7.1): every destructive,
   * exfiltrating, sharing and configuration call that is an API operation, plus plan, selection,
   * legal-hold, settings and tag changes. Permission-only actions (CopyFromBackupVault, the
   * sharing-policy actions) never appear in CloudTrail, so they are not event names.
   */
  private static final List<String> BACKUP_EVENT_NAMES =
      sorted(
          "AssociateBackupVaultMpaApprovalTeam",
          "CancelLegalHold",
          "CreateBackupAccessPoint",
          "CreateRestoreAccessBackupVault",
          "DeleteBackupPlan",
          "DeleteBackupSelection",
          "DeleteBackupVault",
          "DeleteBackupVaultAccessPolicy",
          "DeleteBackupVaultLockConfiguration",
          "DeleteBackupVaultNotifications",
          "DeleteRecoveryPoint",
          "DisassociateBackupVaultMpaApprovalTeam",
          "DisassociateRecoveryPoint",
          "DisassociateRecoveryPointFromParent",
          "PutBackupVaultAccessPolicy",
          "PutBackupVaultLockConfiguration",
          "PutBackupVaultNotifications",
          "RevokeRestoreAccessBackupVault",
          "StartCopyJob",
          "StartRestoreJob",
          "StopBackupJob",
          "TagResource",
          "UntagResource",
          "UpdateBackupPlan",
          "UpdateGlobalSettings",
          "UpdateRecoveryPointLifecycle",
          "UpdateRegionSettings");

  /**
   * RAM calls that change who a logically air-gapped vault is shared with (docs/aws-facts.md
   * §13.10).
   */
  private static final List<String> SHARE_EVENT_NAMES =
      sorted(
          "AssociateResourceShare",
          "AssociateResourceSharePermission",
          "CreateResourceShare",
          "DeleteResourceShare",
          "DisassociateResourceShare",
          "DisassociateResourceSharePermission",
          "UpdateResourceShare");

  private ProtectedActions() {}

  /** Delete or shorten recovery points, remove the lock, the vault, its policy or notifications. */
  public static List<String> backupDestruction() {
    return BACKUP_DESTRUCTION;
  }

  /**
   * Ways a recovery point leaves the vault: copy out, restore, an access point, a restore-access
   * vault.
   */
  public static List<String> backupExfiltration() {
    return BACKUP_EXFILTRATION;
  }

  /** Who the vault is shared with or approved by: sharing policy, MPA team, restore access. */
  public static List<String> backupSharing() {
    return BACKUP_SHARING;
  }

  /** What CloudFormation calls to update a vault airgap deploys. */
  public static List<String> backupConfiguration() {
    return BACKUP_CONFIGURATION;
  }

  /** Make a key that encrypts the vault unusable, now or after the pending window. */
  public static List<String> keyDestruction() {
    return KEY_DESTRUCTION;
  }

  /** What CloudFormation calls to update a key policy. */
  public static List<String> keyConfiguration() {
    return KEY_CONFIGURATION;
  }

  /** Switch the alert path off: the rules, their targets, the topic, the trail that feeds them. */
  public static List<String> alertSilencing() {
    return ALERT_SILENCING;
  }

  /** What CloudFormation calls to update the alert rules, the topic and its subscriptions. */
  public static List<String> alertConfiguration() {
    return ALERT_CONFIGURATION;
  }

  /** Leaving the organization would take the central account out from under every SCP. */
  public static List<String> leaveOrganization() {
    return LEAVE_ORGANIZATION;
  }

  /**
   * Become, or change, a principal an exemption names: create it, re-trust it, give it policies,
   * boundaries or tags, pass it to a service; with {@code users}, the same for IAM users (keys,
   * passwords, MFA). Roles alone when every exempt ARN is a role.
   */
  public static List<String> principalTakeover(boolean users) {
    return users ? union(ROLE_TAKEOVER, USER_TAKEOVER) : ROLE_TAKEOVER;
  }

  /** The vault access policy's admins-only deny: destruction and sharing. */
  public static List<String> vaultPolicyDestructionAndSharing() {
    return union(BACKUP_DESTRUCTION, BACKUP_SHARING);
  }

  /**
   * The central-account SCP's admins-only deny, with {@code Resource "*"} so that every
   * recovery-point ARN form is covered (docs/aws-facts.md §13.3).
   */
  public static List<String> centralDataAndLock() {
    return union(
        BACKUP_DESTRUCTION,
        BACKUP_EXFILTRATION,
        BACKUP_SHARING,
        NATIVE_RECOVERY_POINTS,
        KEY_DESTRUCTION,
        LEAVE_ORGANIZATION);
  }

  /**
   * What stops a member account's backups silently: the backup role deleted, re-trusted or
   * re-policied, the local vault deleted, the key's alias moved to another key.
   */
  public static List<String> memberBaseline() {
    return MEMBER_BASELINE;
  }

  /**
   * What silences a member account's job notifications: the forwarding rule deleted, disabled or
   * retargeted (the forwarder role is guarded by {@link #memberBaseline()}'s IAM actions).
   */
  public static List<String> jobEventForwarding() {
    return JOB_EVENT_FORWARDING;
  }

  /** What silences the missing-backup notifications at their source, the AWS Config rules. */
  public static List<String> missingBackupRules() {
    return MISSING_BACKUP_RULES;
  }

  /** Delete or share a standard vault's native recovery points through their own service. */
  public static List<String> nativeRecoveryPoints() {
    return NATIVE_RECOVERY_POINTS;
  }

  /**
   * What decides which copies AWS Backup's restore-testing service-linked role restores, and with
   * which role: the vault exempts that service-linked role from its restore deny when the model
   * asks for restore tests, so only the admins and the deploy role may point it anywhere
   * (docs/aws-facts.md §16.4). Deleting a plan only stops tests, but silently.
   */
  public static List<String> restoreTestingConfiguration() {
    return sorted(
        "backup:CreateRestoreTestingPlan",
        "backup:CreateRestoreTestingSelection",
        "backup:DeleteRestoreTestingPlan",
        "backup:DeleteRestoreTestingSelection",
        "backup:UpdateRestoreTestingPlan",
        "backup:UpdateRestoreTestingSelection");
  }

  /** The central-account SCP's deny that exempts the admins and the deploy role. */
  public static List<String> centralConfiguration() {
    return union(BACKUP_CONFIGURATION, KEY_CONFIGURATION, ALERT_CONFIGURATION);
  }

  /**
   * The member SCP, on the central vault ARNs only: member principals have no business changing the
   * central vault. Copy and restore stay out: recovery accounts in member OUs restore from a shared
   * logically air-gapped vault.
   */
  public static List<String> memberScpDeny() {
    return union(BACKUP_DESTRUCTION, BACKUP_SHARING, BACKUP_CONFIGURATION);
  }

  /** CloudTrail {@code eventName} values of AWS Backup (no prefix) the tamper rule matches. */
  public static List<String> backupEventNames() {
    return BACKUP_EVENT_NAMES;
  }

  /**
   * RAM calls that change a share of the central account: with a separate recovery organization the
   * vault's share is the one door out of the organization (docs/aws-facts.md §22), so only the
   * admins and the deploy roles, as which CloudFormation maintains the share, may change one.
   */
  public static List<String> shareChanges() {
    return SHARE_EVENT_NAMES.stream().map(n -> "ram:" + n).toList();
  }

  /** CloudTrail {@code eventName} values of RAM the alert-path rule matches. */
  public static List<String> shareEventNames() {
    return SHARE_EVENT_NAMES;
  }

  /** The event name of an IAM action ({@code kms:DisableKey} → {@code DisableKey}). */
  public static List<String> eventNames(List<String> actions) {
    return List.copyOf(
        new TreeSet<>(actions.stream().map(a -> a.substring(a.indexOf(':') + 1)).toList()));
  }

  @SafeVarargs
  public static List<String> union(List<String>... lists) {
    TreeSet<String> set = new TreeSet<>();
    for (List<String> list : lists) {
      set.addAll(list);
    }
    return List.copyOf(set);
  }

  private static List<String> sorted(String... names) {
    TreeSet<String> set = new TreeSet<>();
    for (String name : names) {
      if (!set.add(name)) {
        throw new IllegalStateException("listed twice: " + name);
      }
    }
    return List.copyOf(set);
  }
}
