package dev.airgap.model;

import java.util.List;
import java.util.Optional;

/**
 * The member accounts whose resources are backed up and copied to the central vault.
 *
 * @param targets OUs and accounts that receive the member baseline and the backup policy
 * @param regions regions where members are backed up
 * @param vault the local vault created in each member account and region
 * @param key the key of the local vault
 * @param backupRoleName the AWS Backup service role created in each member, default {@code
 *     airgap-backup}
 * @param airGappedVault a logically air-gapped vault in each member account and region, the direct
 *     target of plans that ask for it
 */
public record Members(
    Targets targets,
    List<String> regions,
    MemberVault vault,
    KeySettings key,
    String backupRoleName,
    Optional<MemberAirGappedVault> airGappedVault) {
  public Members {
    regions = List.copyOf(regions);
  }
}
