package dev.airgap.model;

/**
 * The central vault. Its lock is required: a central vault without one is not an air gap.
 *
 * @param name vault name, {@code ^[a-zA-Z0-9\-\_]{2,50}$}
 * @param kind default {@code standard}
 * @param lock the Vault Lock (for a logically air-gapped vault: its fixed min/max retention)
 */
public record CentralVault(String name, VaultKind kind, VaultLock lock) {}
