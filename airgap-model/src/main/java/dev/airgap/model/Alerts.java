package dev.airgap.model;

import java.util.List;
import java.util.Optional;

/**
 * Tamper alerts and vault job notifications.
 *
 * @param emails addresses subscribed to the alert topic (each must confirm the subscription)
 * @param jobNotifications the organization-wide job notifications, when the model asks for them
 */
public record Alerts(List<String> emails, Optional<JobNotifications> jobNotifications) {
  public Alerts {
    emails = List.copyOf(emails);
  }
}
