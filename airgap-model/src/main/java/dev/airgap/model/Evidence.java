package dev.airgap.model;

import java.util.Optional;

/**
 * Compliance evidence with AWS Backup Audit Manager (docs/aws-facts.md §19): frameworks whose
 * control parameters come from the plans, and organization-wide reports into a bucket airgap
 * protects like the vault.
 *
 * @param frameworks one framework per plan in every member account and Region, and one for the
 *     copies in the central account
 * @param reports organization-wide job and compliance reports, when present
 */
public record Evidence(boolean frameworks, Optional<Reports> reports) {

  /**
   * Organization-wide reports.
   *
   * @param fromAccount the account that owns the report plans: the management account or the
   *     organization's delegated administrator; only those may report across accounts
   * @param bucketAccount the audit account the evidence bucket is created in; absent: the central
   *     account
   * @param bucketOrganizationalUnit that account's OU, which a service-managed stack set targets
   */
  public record Reports(
      DeployFrom fromAccount,
      Optional<String> bucketAccount,
      Optional<String> bucketOrganizationalUnit) {

    /** The account of the evidence bucket: the named audit account, else the central account. */
    public String bucketAccountOr(String centralAccount) {
      return bucketAccount.orElse(centralAccount);
    }
  }

  /** The report bucket's name: S3 bucket names are global, so it carries the account and Region. */
  public static String bucketName(String prefix, String account, String region) {
    return (prefix + "-evidence-" + account + "-" + region).toLowerCase(java.util.Locale.ROOT);
  }
}
