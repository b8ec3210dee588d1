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

  /**
   * The member rule that forwards AWS Config's reports of resources without a recent recovery point
   * (missingBackupHours) to the central bus, with the forwarder role.
   */
  public static String missingBackupForwardingRule(AirGapModel model) {
    return model.deploy().stackSetNamePrefix() + "-backup-age-forwarding";
  }

  /** The central rule on the bus that sends those reports to the notifications topic. */
  public static String missingBackupNotificationsRule(AirGapModel model) {
    return model.deploy().stackSetNamePrefix() + "-backup-age-notifications";
  }

  /**
   * The member account's AWS Config rule for one resource type ({@code ebs}, {@code s3}, ...): the
   * forwarding rule matches these names, and only these.
   */
  public static String configRule(AirGapModel model, String type) {
    return model.deploy().stackSetNamePrefix() + "-backup-age-" + type;
  }
}
