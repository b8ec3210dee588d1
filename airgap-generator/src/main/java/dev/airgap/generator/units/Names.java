package dev.airgap.generator.units;

import dev.airgap.model.AirGapModel;

/** Physical names shared between units (a name is how one stack finds another's resource). */
public final class Names {
  private Names() {}

  public static final String CENTRAL_VAULT = "central-vault";
  public static final String CENTRAL_ALERTS = "central-alerts";
  public static final String MEMBER_BASELINE = "member-baseline";
  public static final String MANAGEMENT = "management";

  /**
   * The plain stacks in the management account with the organization backup policies: {@code
   * backup-policies-1}, {@code -2}, ... as many as the template body limit needs (facts.md §8.1).
   */
  public static final String BACKUP_POLICIES = "backup-policies";

  /** The id of the n-th (1-based) backup-policy stack. */
  public static String backupPoliciesUnit(int n) {
    return BACKUP_POLICIES + "-" + n;
  }

  /** Whether a unit id is one of the backup-policy stacks. */
  public static boolean isBackupPolicies(String unitId) {
    return unitId.matches(BACKUP_POLICIES + "-[1-9][0-9]*");
  }

  /** Stack or stack set name: {@code <prefix>-<unit id>}. */
  public static String stackName(AirGapModel model, String unitId) {
    return model.deploy().stackSetNamePrefix() + "-" + unitId;
  }

  /** The alert topic, explicitly named (moto needs it; the vault notifications find it by name). */
  public static String alertTopicName(AirGapModel model) {
    return model.deploy().stackSetNamePrefix() + "-backup-alerts";
  }

  /** The StackSet execution role name in the central account (facts.md §1.3). */
  public static String executionRoleName(AirGapModel model) {
    return Principals.executionRoleName(model);
  }

  public static String tamperRuleName(AirGapModel model) {
    return model.deploy().stackSetNamePrefix() + "-backup-tamper";
  }

  public static String alertPathRuleName(AirGapModel model) {
    return model.deploy().stackSetNamePrefix() + "-alert-path-tamper";
  }

  public static String iamRuleName(AirGapModel model) {
    return model.deploy().stackSetNamePrefix() + "-iam-tamper";
  }
}
