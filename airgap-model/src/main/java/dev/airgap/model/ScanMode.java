package dev.airgap.model;

/**
 * How GuardDuty scans a new recovery point: the whole backup, or only what changed since the last
 * scanned one (AWS Backup {@code ScanAction.ScanMode}; docs/aws-facts.md §4.7).
 */
public enum ScanMode implements YamlEnum {
  FULL("full", "FULL_SCAN"),
  INCREMENTAL("incremental", "INCREMENTAL_SCAN");

  private final String yamlName;
  private final String awsName;

  ScanMode(String yamlName, String awsName) {
    this.yamlName = yamlName;
    this.awsName = awsName;
  }

  @Override
  public String yamlName() {
    return yamlName;
  }

  /** The value of {@code scan_mode} in a backup policy. */
  public String awsName() {
    return awsName;
  }
}
