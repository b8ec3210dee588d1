package dev.airgap.model;

import java.util.Optional;

/**
 * The KMS key of a vault.
 *
 * @param kind default {@code managed}
 * @param arn the key ARN when {@code kind: existing}
 * @param pendingWindowDays waiting period before a scheduled deletion, 7..30, default 30
 * @param rotationPeriodDays automatic rotation period, 90..2,560, default 365
 * @param keyAccount the account that owns the central vault's key when {@code kind: key-account}
 */
public record KeySettings(
    KeyKind kind,
    Optional<String> arn,
    int pendingWindowDays,
    int rotationPeriodDays,
    Optional<KeyAccount> keyAccount) {

  /** The defaults: a managed key with the longest pending window and yearly rotation. */
  public static KeySettings defaults() {
    return new KeySettings(KeyKind.MANAGED, Optional.empty(), 30, 365, Optional.empty());
  }
}
