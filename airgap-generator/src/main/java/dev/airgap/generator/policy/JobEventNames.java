package dev.airgap.generator.policy;

import dev.airgap.model.AirGapModel;

/**
 * The physical names of the job notifications (central.alerts.jobNotifications) that both the
 * templates and the member SCP name: the SCP guards the forwarding rule and role by these names.
 */
public final class JobEventNames {
  private JobEventNames() {}

  public static String bus(AirGapModel model) {
    return model.deploy().stackSetNamePrefix() + "-backup-job-events";
  }

  /** The central rule on the bus that sends to the notifications topic. */
  public static String notificationsRule(AirGapModel model) {
    return model.deploy().stackSetNamePrefix() + "-backup-job-notifications";
  }

  /** The member rule that forwards to the central bus. */
  public static String forwardingRule(AirGapModel model) {
    return model.deploy().stackSetNamePrefix() + "-backup-job-forwarding";
  }

  /** The member role EventBridge forwards with; IAM is global, one per account. */
  public static String forwarderRole(AirGapModel model) {
    return model.deploy().stackSetNamePrefix() + "-backup-job-forwarder";
  }
}
