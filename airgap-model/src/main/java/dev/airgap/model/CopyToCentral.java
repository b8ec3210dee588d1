package dev.airgap.model;

import java.util.OptionalInt;

/**
 * Copy of each recovery point into the central vault of the same region.
 *
 * @param retentionDays retention of the copy; must lie inside the central lock
 * @param coldStorageAfterDays optional move to cold storage of the copy
 */
public record CopyToCentral(int retentionDays, OptionalInt coldStorageAfterDays) {}
