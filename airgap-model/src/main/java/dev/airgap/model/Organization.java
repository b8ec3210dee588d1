package dev.airgap.model;

import java.util.Optional;

/**
 * The AWS Organization.
 *
 * @param id organization id {@code o-…}
 * @param managementAccount the management account (never a service-managed StackSet target)
 * @param partition default {@code aws}
 * @param deployFrom default {@code management}
 * @param delegatedAdminAccount required when {@code deployFrom: delegated-admin}
 */
public record Organization(
    String id,
    String managementAccount,
    Partition partition,
    DeployFrom deployFrom,
    Optional<String> delegatedAdminAccount) {}
