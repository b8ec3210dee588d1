package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.Partition;
import dev.airgap.model.validate.MissingBackupChecks;
import dev.airgap.model.validate.ModelFields;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/**
 * AG3107: a member region where AWS Config offers no *_LAST_BACKUP_RECOVERY_POINT_CREATED rule: the
 * member stack would fail to create the Config rule there.
 */
public final class MissingBackupRegionUnavailable implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG3107",
          Severity.ERROR,
          "Missing-backup checks exist in every member region",
          "The AWS Config pages of the *_LAST_BACKUP_RECOVERY_POINT_CREATED rules list them in all"
              + " supported Regions except China (Beijing, Ningxia), Asia Pacific (Thailand, Malaysia,"
              + " Taipei, New Zealand), Mexico (Central), Israel (Tel Aviv) and Canada West (Calgary)"
              + " (docs/aws-facts.md §17.5); the member stack set would fail there.",
          "Remove missingBackupHours, or the region from members.regions.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    if (MissingBackupChecks.hours(model).isEmpty()
        || !context.isUsable("/organization/partition")) {
      return;
    }
    boolean china = model.organization().partition() == Partition.AWS_CN;
    for (ModelFields.Field f :
        ModelFields.entries(context, "/members/regions", model.members().regions())) {
      if (china || MissingBackupChecks.UNAVAILABLE_REGIONS.contains(f.value())) {
        context.report(
            f.pointer(),
            "'"
                + f.value()
                + "' is a region where AWS Config offers no rule that reports missing recovery points",
            "remove the region or central.alerts.jobNotifications.missingBackupHours");
      }
    }
  }
}
