package dev.airgap.generator.units;

import dev.airgap.model.AirGapModel;

/** Physical names shared between units (a name is how one stack finds another's resource). */
public final class Names {
  private Names() {}

  /** Stack or stack set name: {@code <prefix>-<unit id>}. */
  public static String stackName(AirGapModel model, UnitId unitId) {
    return model.deploy().stackSetNamePrefix() + "-" + unitId;
  }

  /** The alert topic, explicitly named (moto needs it; the vault notifications find it by name). */
  public static String alertTopicName(AirGapModel model) {
    return model.deploy().stackSetNamePrefix() + "-backup-alerts";
  }

  /** The StackSet execution role name in the central account (docs/aws-facts.md §1.3). */
  public static String executionRoleName(AirGapModel model) {
    return Principals.executionRoleName(model);
  }

  public static String tamperRuleName(AirGapModel model) {
    return model.deploy().stackSetNamePrefix() + "-backup-tamper";
  }

  public static String alertPathRuleName(AirGapModel model) {
    return model.deploy().stackSetNamePrefix() + "-alert-path-tamper";
  }

  /** The management account's alert topic, explicitly named like the central one. */
  public static String organizationAlertTopicName(AirGapModel model) {
    return model.deploy().stackSetNamePrefix() + "-organization-alerts";
  }

  public static String organizationRuleName(AirGapModel model) {
    return model.deploy().stackSetNamePrefix() + "-organization-tamper";
  }

  public static String iamRuleName(AirGapModel model) {
    return model.deploy().stackSetNamePrefix() + "-iam-tamper";
  }

  public static String breakGlassRuleName(AirGapModel model) {
    return model.deploy().stackSetNamePrefix() + "-break-glass-use";
  }

  /** The central event bus the member accounts forward their job events to. */
  public static String jobEventBusName(AirGapModel model) {
    return dev.airgap.generator.policy.JobEventNames.bus(model);
  }

  /** The job notifications topic, apart from the tamper alerts. */
  public static String jobNotificationsTopicName(AirGapModel model) {
    return model.deploy().stackSetNamePrefix() + "-backup-job-notifications";
  }

  /** The central rule on the job event bus and the member rule that forwards to it. */
  public static String jobNotificationsRuleName(AirGapModel model) {
    return dev.airgap.generator.policy.JobEventNames.notificationsRule(model);
  }

  public static String jobForwardingRuleName(AirGapModel model) {
    return dev.airgap.generator.policy.JobEventNames.forwardingRule(model);
  }

  /** The member role EventBridge forwards job events with; IAM is global, one per account. */
  public static String jobForwarderRoleName(AirGapModel model) {
    return dev.airgap.generator.policy.JobEventNames.forwarderRole(model);
  }
}
