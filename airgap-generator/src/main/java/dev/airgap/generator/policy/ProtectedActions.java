package dev.airgap.generator.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The one list of AWS Backup actions that airgap denies to everyone but the vault admins and the
 * deploy role, and the CloudTrail event names the tamper alert watches (facts.md §6.2, §7.1).
 *
 * <p>The reference sample kept three diverging lists, one of them with a misspelt action (facts.md
 * §11 #1–#3); here the vault access policy, the SCP and the alert rule all derive from {@link
 * #destructive()}. Every list is sorted, without duplicates, and every entry is checked against
 * {@link KnownActions} by a test. No entry uses a wildcard: AWS Backup vault access policies reject
 * wildcards in {@code Action} (facts.md §2.3), and explicit names keep the typo check meaningful.
 *
 * <p>Where each list goes, and why:
 *
 * <ul>
 *   <li>{@link #vaultPolicyDeny()} — the central vault's access policy: the destructive actions plus
 *       the ways data leaves the vault ({@code StartCopyJob}, {@code StartRestoreJob}, {@code
 *       CopyFromBackupVault}). A vault policy is the only layer that also binds the central
 *       account's root user and covers every recovery-point ARN type in the vault ({@code
 *       Resource "*"} there means the vault and its points). AWS's own default policy for the EFS
 *       automatic-backup vault denies StartCopyJob and StartRestoreJob the same way, and
 *       CopyFromBackupVault is used in vault policies with {@code backup:CopyTargets} (facts.md
 *       §6.3). For a logically air-gapped vault shared through RAM, check that restores from the
 *       recovery accounts still work (verify).
 *   <li>{@link #scpDeny()} — the SCP: the destructive actions plus the vault sharing-policy actions,
 *       which RAM checks when the central vault is shared or unshared (re-sharing a logically
 *       air-gapped vault outside the organization is an exfiltration path; unsharing cuts off the
 *       recovery accounts). The SCP deliberately leaves out copy and restore: it is also attached
 *       to member OUs, where recovery accounts must stay able to restore from a shared vault, and
 *       the vault policy already denies them inside the central account. The SCP is the layer that
 *       survives a rewritten vault policy, since only the management account can change it.
 *   <li>{@link #alertEventNames()} — the EventBridge tamper rule: every destructive action plus
 *       other mutating calls worth a human look (plan and selection changes, legal holds, global
 *       and region settings, tagging). It lists API operation names (CloudTrail {@code
 *       eventName}), so permission-only actions such as CopyFromBackupVault are not in it.
 * </ul>
 */
public final class ProtectedActions {
  /** Service prefix of AWS Backup IAM actions. */
  public static final String PREFIX = "backup:";

  private static final List<String> VAULT_ACTIONS = sorted(
      "DeleteBackupVault",
      "DeleteBackupVaultAccessPolicy",
      "DeleteBackupVaultLockConfiguration",
      "DeleteBackupVaultNotifications",
      "DisassociateBackupVaultMpaApprovalTeam",
      "PutBackupVaultAccessPolicy",
      "PutBackupVaultLockConfiguration",
      "PutBackupVaultNotifications");

  private static final List<String> RECOVERY_POINT_ACTIONS = sorted(
      "DeleteRecoveryPoint",
      "DisassociateRecoveryPoint",
      "DisassociateRecoveryPointFromParent",
      "UpdateRecoveryPointLifecycle");

  private static final List<String> EXFILTRATION = sorted(
      "CopyFromBackupVault",
      "StartCopyJob",
      "StartRestoreJob");

  private static final List<String> SHARING = sorted(
      "DeleteBackupVaultSharingPolicy",
      "PutBackupVaultSharingPolicy");

  private static final List<String> DESTRUCTIVE = union(VAULT_ACTIONS, RECOVERY_POINT_ACTIONS);

  // facts.md §7.1 "Mutating AWS Backup API names worth matching".
  private static final List<String> ALERT_EVENT_NAMES = union(
      DESTRUCTIVE.stream().map(a -> a.substring(PREFIX.length())).toList(),
      List.of(
          "AssociateBackupVaultMpaApprovalTeam",
          "CancelLegalHold",
          "DeleteBackupPlan",
          "DeleteBackupSelection",
          "RevokeRestoreAccessBackupVault",
          "StartCopyJob",
          "StartRestoreJob",
          "StopBackupJob",
          "TagResource",
          "UntagResource",
          "UpdateBackupPlan",
          "UpdateGlobalSettings",
          "UpdateRegionSettings"));

  private ProtectedActions() {}

  /** Actions whose resource is the vault itself (lock, access policy, notifications, MPA team). */
  public static List<String> vaultActions() {
    return VAULT_ACTIONS;
  }

  /** Actions whose resource is a recovery point: deleting it or shortening its life. */
  public static List<String> recoveryPointActions() {
    return RECOVERY_POINT_ACTIONS;
  }

  /** {@link #vaultActions()} and {@link #recoveryPointActions()}: the core every layer denies. */
  public static List<String> destructive() {
    return DESTRUCTIVE;
  }

  /** Ways a recovery point leaves the vault: copy out and restore. */
  public static List<String> exfiltration() {
    return EXFILTRATION;
  }

  /** Permission-only actions RAM checks when a vault is shared or unshared. */
  public static List<String> sharing() {
    return SHARING;
  }

  /** Actions the central vault's access policy denies to non-admins. */
  public static List<String> vaultPolicyDeny() {
    return union(DESTRUCTIVE, EXFILTRATION);
  }

  /** Actions the SCP denies on the central vaults and their recovery points. */
  public static List<String> scpDeny() {
    return union(DESTRUCTIVE, SHARING);
  }

  /** CloudTrail {@code eventName} values (no {@code backup:} prefix) the tamper rule matches. */
  public static List<String> alertEventNames() {
    return ALERT_EVENT_NAMES;
  }

  private static List<String> sorted(String... names) {
    TreeSet<String> set = new TreeSet<>();
    for (String name : names) {
      if (!set.add(PREFIX + name)) {
        throw new IllegalStateException("listed twice: " + name);
      }
    }
    return List.copyOf(set);
  }

  private static List<String> union(List<String> a, List<String> b) {
    TreeSet<String> set = new TreeSet<>(a);
    set.addAll(b);
    return List.copyOf(new ArrayList<>(set));
  }
}
