package dev.airgap.generator.policy;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.BreakGlass;
import java.util.ArrayList;
import java.util.List;

/**
 * The break-glass roles airgap generates in the central account (central.breakGlass), their names,
 * ARNs and permissions. They are admins of every deny layer ({@link ScpDocument#admins}), so what
 * each may do is decided by its own identity policy, kept to one purpose:
 *
 * <ul>
 *   <li>restore — read the vault and its recovery points and start restores, passing only the
 *       restore service role to AWS Backup; no delete, no lock, no policy, no copy out;
 *   <li>vault admin — the Vault Lock, the access policy, the notifications and the key policy; no
 *       recovery-point action at all.
 * </ul>
 *
 * <p>Neither may change IAM: the guardrail SCP leaves role changes to the admins, and a break-glass
 * role that could edit the other one would hold both purposes.
 */
public final class BreakGlassRoles {
  private BreakGlassRoles() {}

  /** Suffix of the restore role's name after the stack set prefix. */
  public static final String RESTORE = "break-glass-restore";

  /** Suffix of the vault-admin role's name after the stack set prefix. */
  public static final String VAULT_ADMIN = "break-glass-vault-admin";

  /** Suffix of the role AWS Backup restores with; not an admin, trusted only by AWS Backup. */
  public static final String RESTORE_SERVICE = "restore-service";

  /** IAM's limit on a role name (docs/aws-facts.md §15.2). */
  public static final int MAX_ROLE_NAME = 64;

  /** One hour, the shortest maximum session IAM accepts (docs/aws-facts.md §15.2). */
  public static final int MAX_SESSION_SECONDS = 3_600;

  /** Reading the vault and starting restores; nothing that deletes or changes anything else. */
  public static final List<String> RESTORE_ACTIONS =
      List.of(
          "backup:DescribeBackupVault",
          "backup:DescribeRecoveryPoint",
          "backup:DescribeRestoreJob",
          "backup:GetRecoveryPointRestoreMetadata",
          "backup:ListBackupVaults",
          "backup:ListRecoveryPointsByBackupVault",
          "backup:ListRestoreJobs",
          "backup:StartRestoreJob");

  /** The lock, the access policy and the notifications of the central vault. */
  public static final List<String> VAULT_ADMIN_ACTIONS =
      List.of(
          "backup:DeleteBackupVaultAccessPolicy",
          "backup:DeleteBackupVaultLockConfiguration",
          "backup:DescribeBackupVault",
          "backup:GetBackupVaultAccessPolicy",
          "backup:GetBackupVaultNotifications",
          "backup:PutBackupVaultAccessPolicy",
          "backup:PutBackupVaultLockConfiguration",
          "backup:PutBackupVaultNotifications");

  /** The central key's policy. */
  public static final List<String> VAULT_ADMIN_KEY_ACTIONS =
      List.of("kms:DescribeKey", "kms:GetKeyPolicy", "kms:PutKeyPolicy");

  public static String name(AirGapModel model, String suffix) {
    return model.deploy().stackSetNamePrefix() + "-" + suffix;
  }

  public static String arn(AirGapModel model, String suffix) {
    return Arns.role(
        model.organization().partition().yamlName(),
        model.central().account(),
        name(model, suffix));
  }

  /** Whether the model generates the role of {@code suffix} (it names someone to assume it). */
  public static boolean generates(AirGapModel model, String suffix) {
    return !trusted(model, suffix).isEmpty();
  }

  /** The principals that may assume the role of {@code suffix}, in model order. */
  public static List<String> trusted(AirGapModel model, String suffix) {
    BreakGlass b = model.central().breakGlass().orElse(null);
    if (b == null) {
      return List.of();
    }
    return switch (suffix) {
      case RESTORE -> b.restore();
      case VAULT_ADMIN -> b.vaultAdmin();
      default -> List.of();
    };
  }

  /**
   * The Identity Store group assigned the permission set of {@code suffix}, when the model reaches
   * that purpose through Identity Center (central.breakGlass.identityCenter).
   */
  public static java.util.Optional<String> group(AirGapModel model, String suffix) {
    return model
        .central()
        .breakGlass()
        .flatMap(BreakGlass::identityCenter)
        .flatMap(
            ic ->
                switch (suffix) {
                  case RESTORE -> ic.restoreGroupId();
                  case VAULT_ADMIN -> ic.vaultAdminGroupId();
                  default -> java.util.Optional.empty();
                });
  }

  /** The suffixes whose purpose the model reaches through an Identity Center permission set. */
  public static List<String> viaIdentityCenter(AirGapModel model) {
    return List.of(RESTORE, VAULT_ADMIN).stream().filter(s -> group(model, s).isPresent()).toList();
  }

  /**
   * The {@code ArnLike} pattern that names the role Identity Center provisions for the permission
   * set of {@code suffix} in the central account: {@code AWSReservedSSO_<name>_} and the
   * 16-character suffix after the path, with or without its Region segment (docs/aws-facts.md
   * §13.2, §18). Another permission set matches only if its name ends in {@code
   * AWSReservedSSO_<name>} — at least 36 characters, and Identity Center allows 32 — or if it is
   * this one; {@code <name>_x} leaves more than 16 characters after the name. Roles under {@code
   * /aws-reserved/} are created only by Identity Center, never through IAM.
   */
  public static List<String> identityCenterPatterns(AirGapModel model, String suffix) {
    return List.of(
        "arn:"
            + model.organization().partition().yamlName()
            + ":iam::"
            + model.central().account()
            + ":role/aws-reserved/sso.amazonaws.com/*AWSReservedSSO_"
            + name(model, suffix)
            + "_"
            + "?".repeat(16));
  }

  /**
   * The EventBridge {@code wildcard} value (which knows {@code *} only) matching that role, with or
   * without a Region segment; wider than the patterns, which only makes more calls alert.
   */
  public static String identityCenterRoleWildcard(AirGapModel model, String suffix) {
    return "arn:"
        + model.organization().partition().yamlName()
        + ":iam::"
        + model.central().account()
        + ":role/aws-reserved/sso.amazonaws.com/*AWSReservedSSO_"
        + name(model, suffix)
        + "_*";
  }

  /**
   * Everything the deny layers exempt for break-glass: the generated IAM roles, then the patterns
   * of the Identity Center roles.
   */
  public static List<String> admins(AirGapModel model) {
    List<String> out = new ArrayList<>(arns(model));
    viaIdentityCenter(model).forEach(s -> out.addAll(identityCenterPatterns(model, s)));
    return out;
  }

  /** ARNs of the break-glass roles the model generates: restore, then vault admin. */
  public static List<String> arns(AirGapModel model) {
    List<String> out = new ArrayList<>();
    for (String suffix : List.of(RESTORE, VAULT_ADMIN)) {
      if (generates(model, suffix)) {
        out.add(arn(model, suffix));
      }
    }
    return out;
  }
}
