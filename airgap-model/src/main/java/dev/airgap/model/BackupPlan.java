package dev.airgap.model;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * One backup plan of the organization backup policy.
 *
 * @param name the key under {@code plans}
 * @param schedule AWS cron, 6 fields, default {@code cron(0 5 ? * * *)}
 * @param scheduleTimezone read only to be refused: organization backup policies take no time zone
 *     (AG4016)
 * @param startWindowMinutes default 60 (the minimum AWS accepts)
 * @param completionWindowMinutes default 10,080 (seven days, the console default)
 * @param localRetentionDays retention in the member vault
 * @param coldStorageAfterDays optional move to cold storage in the member vault
 * @param copyToCentral the copy into the central vault, if any
 * @param selection which resources the plan backs up
 * @param malwareScan GuardDuty malware scans of the new recovery points, if any
 * @param index backup indexes for search, if any
 * @param backupTarget where the backup jobs write: the member vault (default) or the member
 *     account's logically air-gapped vault
 */
public record BackupPlan(
    String name,
    String schedule,
    Optional<String> scheduleTimezone,
    int startWindowMinutes,
    int completionWindowMinutes,
    int localRetentionDays,
    OptionalInt coldStorageAfterDays,
    Optional<CopyToCentral> copyToCentral,
    Selection selection,
    Optional<MalwareScan> malwareScan,
    Optional<BackupIndex> index,
    BackupTarget backupTarget) {

  /**
   * The name of this plan's copy for one member region in the organization backup policy, {@code
   * <plan>-<region>}: the policy has no {@code $region} variable, so each region gets its own plan
   * with its own copy target (docs/aws-facts.md §4.5). Model rules check it and the generator
   * writes it, so both use this one definition.
   */
  public String policyPlanName(String region) {
    return name + "-" + region;
  }
}
