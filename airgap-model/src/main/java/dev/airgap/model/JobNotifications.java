package dev.airgap.model;

import java.util.List;
import java.util.OptionalInt;

/**
 * Organization-wide AWS Backup job notifications: every member account forwards its failed, aborted
 * and expired backup, copy and restore jobs to an event bus in the central account, whose rule
 * sends them to a notifications topic of their own, apart from the tamper alerts.
 *
 * @param emails addresses subscribed to the notifications topic (each must confirm)
 * @param missingBackupHours when set, every member account and region also reports each resource of
 *     a type the plans back up that has had no new recovery point for longer than this many hours
 *     (AWS Config managed rules, docs/aws-facts.md §17.5): no AWS Backup event says so
 */
public record JobNotifications(List<String> emails, OptionalInt missingBackupHours) {
  public JobNotifications {
    emails = List.copyOf(emails);
  }
}
