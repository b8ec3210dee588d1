package dev.airgap.model;

import java.util.List;

/**
 * Organization-wide AWS Backup job notifications: every member account forwards its failed, aborted
 * and expired backup, copy and restore jobs to an event bus in the central account, whose rule
 * sends them to a notifications topic of their own, apart from the tamper alerts.
 *
 * @param emails addresses subscribed to the notifications topic (each must confirm)
 */
public record JobNotifications(List<String> emails) {
  public JobNotifications {
    emails = List.copyOf(emails);
  }
}
