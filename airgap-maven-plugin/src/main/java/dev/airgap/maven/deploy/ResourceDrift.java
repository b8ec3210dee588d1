package dev.airgap.maven.deploy;

/**
 * A drifted resource: where it is, its logical id and type, and {@code MODIFIED} / {@code DELETED}.
 */
public record ResourceDrift(
    String account, String region, String logicalId, String resourceType, String driftStatus) {}
