package dev.airgap.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * Scheduled restore tests of the central vault's copies (AWS Backup restore testing), in the
 * central account, one plan per region (docs/recovery.md#restore-testing).
 *
 * @param schedule AWS cron of the plan, default {@code cron(0 5 ? * * *)} (AWS's default)
 * @param startWindowHours hours a scheduled test may take to start, 1 to 168, default 24
 * @param regions central regions to test in; empty means every central region
 * @param recoveryPoints which copy of each resource is restored: the latest or a random one
 * @param lookbackDays how far back a copy may be picked, 1 to 365, default 30
 * @param selections resource type → what to test of it
 * @param maxRestoreMinutes the restore-time target (an RTO) that evidence.frameworks audits in the
 *     central framework with RESTORE_TIME_FOR_RESOURCES_MEET_TARGET; absent, no such control
 */
public record RestoreTesting(
    String schedule,
    int startWindowHours,
    List<String> regions,
    RecoveryPoints recoveryPoints,
    int lookbackDays,
    Map<String, RestoreTestSelection> selections,
    OptionalInt maxRestoreMinutes) {

  public static final String DEFAULT_SCHEDULE = "cron(0 5 ? * * *)";
  public static final int DEFAULT_START_WINDOW_HOURS = 24;
  public static final int DEFAULT_LOOKBACK_DAYS = 30;

  /**
   * The resource types a restore testing selection accepts (AWS Backup API,
   * RestoreTestingSelectionForCreate.ProtectedResourceType; docs/aws-facts.md §16.2).
   */
  public static final List<String> TYPES =
      List.of(
          "Aurora", "DocumentDB", "DynamoDB", "EBS", "EC2", "EFS", "FSx", "Neptune", "RDS", "S3");

  public RestoreTesting {
    regions = List.copyOf(regions);
    selections = Collections.unmodifiableMap(new TreeMap<>(selections));
  }

  /** The regions tested: the named ones, or every central region. */
  public List<String> regionsIn(Central central) {
    return regions.isEmpty() ? central.regions() : regions;
  }

  /** Which recovery point of each resource a test restores (RecoveryPointSelection.Algorithm). */
  public enum RecoveryPoints implements YamlEnum {
    LATEST("latest", "LATEST_WITHIN_WINDOW"),
    RANDOM("random", "RANDOM_WITHIN_WINDOW");

    private final String yamlName;
    private final String awsName;

    RecoveryPoints(String yamlName, String awsName) {
      this.yamlName = yamlName;
      this.awsName = awsName;
    }

    @Override
    public String yamlName() {
      return yamlName;
    }

    public String awsName() {
      return awsName;
    }
  }

  /**
   * One resource type under test.
   *
   * @param resourceType the key under {@code selections}, e.g. {@code EBS}
   * @param validationWindowHours hours the restored resource is kept for validation before AWS
   *     Backup deletes it, 0 to 168; absent leaves AWS's default
   */
  public record RestoreTestSelection(String resourceType, OptionalInt validationWindowHours) {}
}
