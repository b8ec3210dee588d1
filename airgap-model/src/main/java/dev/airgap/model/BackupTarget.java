package dev.airgap.model;

/**
 * Where a plan's backup jobs write their recovery points: the member vault, or directly the
 * logically air-gapped vault of the same member account and region ({@code
 * target_logically_air_gapped_backup_vault_arn} in the backup policy rule; docs/aws-facts.md §4.7,
 * §20).
 */
public enum BackupTarget implements YamlEnum {
  MEMBER_VAULT("member-vault"),
  LOGICALLY_AIR_GAPPED_VAULT("logically-air-gapped-vault");

  private final String yamlName;

  BackupTarget(String yamlName) {
    this.yamlName = yamlName;
  }

  @Override
  public String yamlName() {
    return yamlName;
  }
}
