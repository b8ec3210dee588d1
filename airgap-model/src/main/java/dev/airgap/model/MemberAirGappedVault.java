package dev.airgap.model;

/**
 * A logically air-gapped vault in every member account and member region, the target of plans with
 * {@code backupTarget: logically-air-gapped-vault}. AWS Backup writes primary backups only into a
 * logically air-gapped vault of the same account (docs/aws-facts.md §4.7, §20), so the central
 * vault cannot be that target.
 *
 * @param name vault name, {@code ^[a-zA-Z0-9\-\_]{2,50}$}, default {@code airgap-local-lag}
 * @param minRetentionDays fixed at creation, at least 7
 * @param maxRetentionDays fixed at creation, at least the minimum, at most 36,500
 */
public record MemberAirGappedVault(String name, int minRetentionDays, int maxRetentionDays) {
  /** The name when the model gives none. */
  public static final String DEFAULT_NAME = "airgap-local-lag";

  /** The ARN form the backup policy needs: {@code $region} and {@code $account} placeholders. */
  public String policyArn(String partition) {
    return "arn:" + partition + ":backup:$region:$account:backup-vault:" + name;
  }
}
