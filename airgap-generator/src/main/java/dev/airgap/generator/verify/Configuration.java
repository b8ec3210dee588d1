package dev.airgap.generator.verify;

import dev.airgap.generator.verify.iam.Policy;

/**
 * One protected configuration: a central vault in one region, its key and its lock.
 *
 * @param region the central region
 * @param vaultArn the vault's ARN
 * @param vaultFile template file of the vault
 * @param vaultLogicalId logical id of the vault
 * @param modelPointer model element of the vault
 * @param accessPolicy the vault access policy, or null
 * @param lock its Vault Lock
 * @param keyArn the key that encrypts it, or null for an AWS-owned key
 * @param keyPolicy that key's policy, or null
 * @param keyLogicalId that key's logical id, or empty
 */
public record Configuration(
    String region,
    String vaultArn,
    String vaultFile,
    String vaultLogicalId,
    String modelPointer,
    Policy accessPolicy,
    Lock lock,
    String keyArn,
    Policy keyPolicy,
    String keyLogicalId) {

  /**
   * Vault Lock semantics (https://docs.aws.amazon.com/aws-backup/latest/devguide/vault-lock.html):
   * governance mode can be removed by whoever may call {@code DeleteBackupVaultLockConfiguration};
   * compliance mode is immutable once {@code ChangeableForDays} has passed; while a lock holds,
   * nobody can delete a recovery point younger than {@code MinRetentionDays}.
   *
   * @param mode NONE, GOVERNANCE or COMPLIANCE
   * @param minRetentionDays the minimum retention, 0 without a lock
   * @param changeableForDays grace period of a compliance lock, or -1
   */
  public record Lock(Mode mode, int minRetentionDays, int changeableForDays) {
    public enum Mode {
      NONE,
      GOVERNANCE,
      COMPLIANCE
    }
  }

  public String label() {
    return vaultArn;
  }
}
