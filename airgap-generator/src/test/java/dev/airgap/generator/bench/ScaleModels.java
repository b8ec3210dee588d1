package dev.airgap.generator.bench;

import dev.airgap.model.Partition;
import java.util.List;

/** Synthetic but valid airgap.yaml texts of a chosen size, for benchmarks and scale tests. */
public final class ScaleModels {
  private ScaleModels() {}

  /**
   * @param accounts accounts excluded from the member OUs ({@code excludeAccounts}): account lists
   *     that grow with the organization (AG1023 warns once that the OU's backup policies still
   *     reach them). Not {@code members.targets.accounts}, which the model rule AG1022 refuses
   *     until the member baseline can reach accounts listed directly
   * @param ous organizational units targeted
   * @param regions member and central regions (the first ones of the commercial partition)
   */
  public static String yaml(int accounts, int ous, int regions) {
    List<String> known = Partition.AWS.knownRegions();
    List<String> chosen = known.subList(0, Math.min(regions, known.size()));
    StringBuilder y = new StringBuilder();
    y.append("organization:\n  id: o-a1b2c3d4e5\n  managementAccount: \"111111111111\"\n");
    y.append("central:\n  account: \"222222222222\"\n  organizationalUnit: ou-ab12-backup01\n");
    y.append("  regions: [").append(String.join(", ", chosen)).append("]\n");
    y.append("  vault:\n    name: airgap-central\n    lock:\n      mode: governance\n")
        .append("      minRetentionDays: 7\n      maxRetentionDays: 3650\n");
    y.append("  admins:\n    - arn:aws:iam::222222222222:role/BackupVaultAdmin\n");
    y.append("  alerts:\n    email: [security@example.com]\n");
    y.append("members:\n  targets:\n    organizationalUnits:\n");
    for (int i = 0; i < ous; i++) {
      y.append("      - ou-ab12-").append(String.format("%08d", i)).append('\n');
    }
    if (accounts > 0) {
      y.append("    excludeAccounts:\n");
    }
    for (int i = 0; i < accounts; i++) {
      y.append("      - \"").append(String.format("%012d", 300_000_000_000L + i)).append("\"\n");
    }
    y.append("  regions: [").append(String.join(", ", chosen)).append("]\n");
    y.append("plans:\n");
    y.append("  daily:\n    schedule: cron(0 5 ? * * *)\n    localRetentionDays: 14\n")
        .append("    copyToCentral:\n      retentionDays: 35\n");
    y.append("  monthly:\n    schedule: cron(0 4 1 * ? *)\n    localRetentionDays: 120\n")
        .append("    copyToCentral:\n      retentionDays: 365\n");
    return y.toString();
  }
}
