package dev.airgap.generator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Valid airgap.yaml texts built from a seed, covering the model's choices (partition, vault kind,
 * lock mode, key kinds, SCP mode, permission model, deploy account, several regions, admins,
 * e-mails, plans). Retentions are drawn inside the locks, so each model is one the validator
 * accepts.
 */
final class RandomModels {
  private RandomModels() {}

  static String model(long seed) {
    Random r = new Random(seed);
    boolean gov = r.nextInt(6) == 0;
    String partition = gov ? "aws-us-gov" : "aws";
    List<String> pool =
        gov
            ? List.of("us-gov-east-1", "us-gov-west-1")
            : List.of(
                "eu-west-1",
                "eu-central-1",
                "us-east-1",
                "us-west-2",
                "ap-southeast-2",
                "eu-north-1");
    List<String> central = pick(r, pool, 1 + r.nextInt(Math.min(3, pool.size())));
    List<String> members = pick(r, central, 1 + r.nextInt(central.size()));
    boolean lag = r.nextInt(3) == 0;
    boolean compliance = lag || r.nextBoolean();
    int min = lag ? 7 + r.nextInt(30) : 1 + r.nextInt(60);
    int max = min + 30 + r.nextInt(3000);
    String centralAccount = String.format("%012d", r.nextInt(1_000_000_000));
    StringBuilder y = new StringBuilder();
    y.append("organization:\n  id: o-")
        .append(alnum(r, 10))
        .append("\n  managementAccount: \"111111111111\"\n");
    y.append("  partition: ").append(partition).append("\n");
    if (r.nextInt(3) == 0) {
      y.append("  deployFrom: delegated-admin\n  delegatedAdminAccount: \"333333333333\"\n");
    }
    y.append("central:\n  account: \"").append(centralAccount).append("\"\n");
    y.append("  organizationalUnit: ou-ab12-").append(alnum(r, 8)).append("\n");
    y.append("  regions: [").append(String.join(", ", central)).append("]\n");
    y.append("  vault:\n    name: ").append(name(r)).append("\n");
    if (lag) {
      y.append("    kind: logically-air-gapped\n");
    }
    y.append("    lock:\n      mode: ")
        .append(compliance ? "compliance" : "governance")
        .append("\n");
    y.append("      minRetentionDays: ").append(min).append("\n");
    if (lag || r.nextBoolean()) {
      y.append("      maxRetentionDays: ").append(max).append("\n");
    } else {
      max = 36_500;
    }
    if (compliance && !lag) {
      y.append("      changeableForDays: ").append(3 + r.nextInt(10)).append("\n");
    }
    int admins = 1 + r.nextInt(3);
    y.append("  admins: [");
    for (int i = 0; i < admins; i++) {
      y.append(i == 0 ? "" : ", ")
          .append("\"arn:")
          .append(partition)
          .append(":iam::")
          .append(centralAccount)
          .append(
              i == 2
                  ? ":role/aws-reserved/sso.amazonaws.com/*/AWSReservedSSO_Admin_????????????????\""
                  : ":role/Admin" + i + "\"");
    }
    y.append("]\n");
    int key = r.nextInt(3);
    if (key == 1 && central.size() == 1) {
      y.append("  key: { kind: existing, arn: \"arn:")
          .append(partition)
          .append(":kms:")
          .append(central.get(0))
          .append(":")
          .append(centralAccount)
          .append(":key/1234abcd-12ab-34cd-56ef-1234567890ab\" }\n");
    } else if (key == 2 && lag) {
      y.append("  key: { kind: aws-owned }\n");
    } else {
      y.append("  key: { pendingWindowDays: ")
          .append(7 + r.nextInt(24))
          .append(", rotationPeriodDays: ")
          .append(90 + r.nextInt(2000))
          .append(" }\n");
    }
    int emails = r.nextInt(4);
    y.append("  alerts: { email: [");
    for (int i = 0; i < emails; i++) {
      y.append(i == 0 ? "" : ", ").append(alnum(r, 5)).append(".x@example.com");
    }
    y.append("] }\n");
    if (lag && r.nextBoolean()) {
      y.append("  recoveryAccounts: [\"444444444444\"")
          .append(r.nextBoolean() ? ", \"012345678901\"" : "")
          .append("]\n");
    }
    y.append("members:\n  targets:\n    organizationalUnits: [ou-ab12-").append(alnum(r, 8));
    if (r.nextBoolean()) {
      y.append(", ou-cd34-").append(alnum(r, 8));
    }
    y.append("]\n");
    if (r.nextBoolean()) {
      y.append("    excludeAccounts: [\"555555555555\"]\n");
    }
    y.append("  regions: [").append(String.join(", ", members)).append("]\n");
    int memberMax = 400 + r.nextInt(400);
    y.append("  vault:\n    name: ").append(name(r)).append("\n");
    if (r.nextBoolean()) {
      y.append("    lock: { mode: governance, minRetentionDays: 1, maxRetentionDays: ")
          .append(memberMax)
          .append(" }\n");
    }
    if (r.nextInt(4) == 0) {
      y.append("  backupRoleName: role-").append(alnum(r, 6)).append("\n");
    }
    y.append("plans:\n");
    int plans = 1 + r.nextInt(3);
    for (int i = 0; i < plans; i++) {
      y.append("  p").append(i).append(":\n");
      y.append("    schedule: cron(0 ").append(r.nextInt(24)).append(" ? * * *)\n");
      y.append("    localRetentionDays: ").append(1 + r.nextInt(300)).append("\n");
      if (r.nextInt(4) != 0) {
        int copy = min + r.nextInt(Math.max(1, Math.min(max, 3000) - min));
        y.append("    copyToCentral: { retentionDays: ").append(copy).append(" }\n");
      }
      if (r.nextBoolean()) {
        y.append("    selection: { optOutTag: { key: no-backup, value: \"yes\" } }\n");
      }
    }
    y.append("protection:\n  scp: { mode: ")
        .append(r.nextBoolean() ? "lambda" : "native")
        .append(" }\n");
    y.append("deploy:\n  stackSetNamePrefix: ag").append(alnum(r, 4)).append("\n");
    if (r.nextInt(3) == 0) {
      y.append("  centralPermissionModel: self-managed\n");
    }
    if (r.nextInt(3) == 0) {
      y.append("  roleArn: \"arn:")
          .append(partition)
          .append(":iam::")
          .append(centralAccount)
          .append(":role/ci\"\n");
    }
    return y.toString();
  }

  private static List<String> pick(Random r, List<String> from, int n) {
    List<String> copy = new ArrayList<>(from);
    Collections.shuffle(copy, r);
    return copy.subList(0, n);
  }

  private static String name(Random r) {
    return "v" + alnum(r, 2 + r.nextInt(12)) + (r.nextBoolean() ? "_x" : "-y");
  }

  private static String alnum(Random r, int n) {
    String chars = "abcdefghijklmnopqrstuvwxyz0123456789";
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append(chars.charAt(r.nextInt(chars.length())));
    }
    return s.toString();
  }
}
