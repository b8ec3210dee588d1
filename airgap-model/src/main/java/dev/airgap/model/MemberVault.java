package dev.airgap.model;

import java.util.Optional;

/**
 * The local vault in each member account.
 *
 * @param name vault name, default {@code airgap-local}
 * @param lock an optional lock; only governance mode is allowed for member vaults
 */
public record MemberVault(String name, Optional<VaultLock> lock) {}
