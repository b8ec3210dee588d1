package dev.airgap.model;

import java.util.List;

/**
 * The backup data bunker: one account whose vaults receive copies from every member.
 *
 * @param account the central account id
 * @param organizationalUnit the OU that holds the central account; with service-managed deployment
 *     the central units target this OU with {@code AccountFilterType INTERSECTION}
 * @param regions regions with a central vault
 * @param vault the vault created in each region
 * @param admins principal ARNs or {@code ArnLike} patterns exempt from the deny statements
 * @param key the key that encrypts the vault
 * @param alerts where tamper alerts and job notifications go
 * @param recoveryAccounts accounts a logically air-gapped vault is shared with through RAM
 * @param multiPartyApproval the approval team of a logically air-gapped vault, when there is one
 * @param breakGlass the emergency roles airgap generates, which join the admins
 * @param restoreTesting scheduled restore tests of the central vault's copies, when asked for
 */
public record Central(
    String account,
    java.util.Optional<String> organizationalUnit,
    List<String> regions,
    CentralVault vault,
    List<String> admins,
    KeySettings key,
    Alerts alerts,
    List<String> recoveryAccounts,
    java.util.Optional<MultiPartyApproval> multiPartyApproval,
    java.util.Optional<BreakGlass> breakGlass,
    java.util.Optional<RestoreTesting> restoreTesting) {

  public Central {
    regions = List.copyOf(regions);
    admins = List.copyOf(admins);
    recoveryAccounts = List.copyOf(recoveryAccounts);
  }
}
