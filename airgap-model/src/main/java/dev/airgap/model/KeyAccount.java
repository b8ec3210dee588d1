package dev.airgap.model;

import java.util.List;
import java.util.Optional;

/**
 * The account that owns the central vault's key ({@code central.key.kind: key-account}): one key
 * per central region, whose policy lets only the named key admins administer it and the central
 * account's AWS Backup use it (docs/aws-facts.md §20.3).
 *
 * @param account the key account id; never the central or the management account
 * @param organizationalUnit the OU that holds it; service-managed stack sets target this OU with
 *     {@code AccountFilterType INTERSECTION}, as they do the central account's
 * @param admins role ARNs in the key account, the only principals that may disable, delete or
 *     re-policy the key (with MFA)
 */
public record KeyAccount(String account, Optional<String> organizationalUnit, List<String> admins) {
  public KeyAccount {
    admins = List.copyOf(admins);
  }
}
