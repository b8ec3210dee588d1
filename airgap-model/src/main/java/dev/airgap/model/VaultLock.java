package dev.airgap.model;

import java.util.OptionalInt;

/**
 * Vault Lock settings (docs/aws-facts.md §2.2).
 *
 * @param mode no default: compliance is irreversible after its grace period
 * @param minRetentionDays at least 1 (7 for a logically air-gapped vault)
 * @param maxRetentionDays at most 36,500; absent means no upper bound
 * @param changeableForDays grace period of a compliance lock, 3..36,500 days
 */
public record VaultLock(
    LockMode mode,
    int minRetentionDays,
    OptionalInt maxRetentionDays,
    OptionalInt changeableForDays) {

  /** Whether a retention of {@code days} is accepted by this lock. */
  public boolean accepts(int days) {
    return days >= minRetentionDays
        && (maxRetentionDays.isEmpty() || days <= maxRetentionDays.getAsInt());
  }
}
