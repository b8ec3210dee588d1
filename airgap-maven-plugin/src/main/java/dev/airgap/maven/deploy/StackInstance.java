package dev.airgap.maven.deploy;

/**
 * One stack instance from {@code ListStackInstances}.
 *
 * @param organizationalUnitId empty when the API does not say (moto never does)
 * @param status {@code CURRENT}, {@code OUTDATED} or {@code INOPERABLE} (facts §8.6)
 * @param driftStatus {@code DRIFTED}, {@code IN_SYNC}, {@code UNKNOWN}, {@code NOT_CHECKED} or
 *     empty
 */
public record StackInstance(
    String account,
    String region,
    String organizationalUnitId,
    String status,
    String statusReason,
    String driftStatus) {}
