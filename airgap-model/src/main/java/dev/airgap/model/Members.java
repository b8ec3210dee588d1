package dev.airgap.model;

import java.util.List;

/**
 * The member accounts whose resources are backed up and copied to the central vault.
 *
 * @param targets OUs and accounts that receive the member baseline and the backup policy
 * @param regions regions where members are backed up
 * @param vault the local vault created in each member account and region
 * @param key the key of the local vault
 * @param backupRoleName the AWS Backup service role created in each member, default {@code
 *     airgap-backup}
 */
public record Members(
    Targets targets,
    List<String> regions,
    MemberVault vault,
    KeySettings key,
    String backupRoleName) {
  public Members {
    regions = List.copyOf(regions);
  }
}
