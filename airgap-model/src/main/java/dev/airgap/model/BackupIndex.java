package dev.airgap.model;

import java.util.List;

/**
 * Backup indexes for backup search, created for the recovery points a plan creates.
 *
 * @param resourceTypes which backups are indexed: {@code EBS} and/or {@code S3}
 */
public record BackupIndex(List<String> resourceTypes) {
  /** The types AWS indexes for backup search (docs/aws-facts.md §4.7). */
  public static final List<String> TYPES = List.of("EBS", "S3");

  public BackupIndex {
    resourceTypes = List.copyOf(resourceTypes);
  }
}
