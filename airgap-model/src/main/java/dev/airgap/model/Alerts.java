package dev.airgap.model;

import java.util.List;

/**
 * Tamper alerts and vault job notifications.
 *
 * @param emails addresses subscribed to the alert topic (each must confirm the subscription)
 */
public record Alerts(List<String> emails) {
  public Alerts {
    emails = List.copyOf(emails);
  }
}
