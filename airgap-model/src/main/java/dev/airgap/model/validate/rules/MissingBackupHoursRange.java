package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.validate.MissingBackupChecks;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;
import java.util.OptionalInt;

/**
 * AG3104: missingBackupHours is a number of hours the AWS Config rules accept, 1 to 744
 * (docs/aws-facts.md §17.5).
 */
public final class MissingBackupHoursRange implements Rule {
  static final String P = "/central/alerts/jobNotifications/missingBackupHours";

  private static final RuleInfo INFO =
      new RuleInfo(
          "AG3104",
          Severity.ERROR,
          "missingBackupHours is between 1 and 744",
          "The AWS Config managed rules *_LAST_BACKUP_RECOVERY_POINT_CREATED take"
              + " recoveryPointAgeValue \"no more than 744 for hours\" (docs/aws-facts.md §17.5); the"
              + " member stacks would fail with any other value.",
          "Use a whole number of hours from 1 to 744 (31 days).");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    OptionalInt hours = MissingBackupChecks.hours(model);
    if (hours.isEmpty() || !context.isUsable(P)) {
      return;
    }
    int h = hours.getAsInt();
    if (h < 1 || h > MissingBackupChecks.MAX_HOURS) {
      context.report(
          P,
          "is "
              + h
              + "; AWS Config accepts 1 to "
              + MissingBackupChecks.MAX_HOURS
              + " hours for recoveryPointAgeValue",
          "use a value from 1 to " + MissingBackupChecks.MAX_HOURS);
    }
  }

  /**
   * The model's hours when they are set, readable and within AWS Config's range, so the rules that
   * compare them with the plans report nothing AG3104 already refuses.
   */
  static OptionalInt usable(AirGapModel model, RuleContext context) {
    OptionalInt hours = MissingBackupChecks.hours(model);
    return hours.isEmpty()
            || !context.isUsable(P)
            || hours.getAsInt() > MissingBackupChecks.MAX_HOURS
        ? OptionalInt.empty()
        : hours;
  }
}
