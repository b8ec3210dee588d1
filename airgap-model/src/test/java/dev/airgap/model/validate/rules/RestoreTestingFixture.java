package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.BASIC;
import static dev.airgap.model.validate.TestModels.replace;

/** The basic test model with weekly restore tests of EBS and RDS copies. */
final class RestoreTestingFixture {
  private RestoreTestingFixture() {}

  static final String RESTORE =
      replace(
          BASIC,
          "  alerts:\n    email: [security@example.com]\n",
          """
            alerts:
              email: [security@example.com]
            restoreTesting:
              schedule: cron(0 5 ? * SUN *)
              startWindowHours: 24
              regions: [eu-west-1]
              recoveryPoints: random
              lookbackDays: 30
              selections:
                EBS: { validationWindowHours: 4 }
                RDS: {}
          """);

  /** The restore-testing model whose only plan copies RDS databases, nothing else. */
  static final String RDS_ONLY =
      replace(
          RESTORE,
          "    copyToCentral:\n      retentionDays: 35\n",
          "    copyToCentral:\n      retentionDays: 35\n    selection:\n"
              + "      resourceTypes: [\"arn:aws:rds:*:*:db:*\"]\n");

  static int line(String yaml, String text) {
    return java.util.List.of(yaml.split("\n")).indexOf(text) + 1;
  }
}
