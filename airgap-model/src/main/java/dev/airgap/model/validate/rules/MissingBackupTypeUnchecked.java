package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.BackupPlan;
import dev.airgap.model.validate.MissingBackupChecks;
import dev.airgap.model.validate.ModelFields;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;
import java.util.List;

/**
 * AG3106: a plan backs up a resource type for which AWS Config has no
 * *_LAST_BACKUP_RECOVERY_POINT_CREATED rule, so a missing backup of it is not reported.
 */
public final class MissingBackupTypeUnchecked implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG3106",
          Severity.WARNING,
          "Every resource type a plan backs up has a missing-backup check",
          "AWS Config has *_LAST_BACKUP_RECOVERY_POINT_CREATED managed rules for Aurora, DynamoDB,"
              + " EBS, EC2, EFS, FSx, RDS, S3 and Backup gateway virtual machines only"
              + " (docs/aws-facts.md §17.5); resources of any other type a plan selects (DocumentDB,"
              + " Neptune, Redshift, ...) are not reported when their backups stop, and \"*\" selects"
              + " them all.",
          "Watch the types named with the job notifications of failed jobs and restore testing, or"
              + " accept the gap.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    if (MissingBackupChecks.hours(model).isEmpty()) {
      return;
    }
    List<String> checked =
        MissingBackupChecks.of(model).stream().map(MissingBackupChecks.Check::name).toList();
    for (BackupPlan plan : ModelFields.plans(model, context)) {
      List<String> types = plan.selection().resourceTypes();
      for (int i = 0; i < types.size(); i++) {
        String type = types.get(i);
        String p = ModelFields.plan(plan) + "/selection/resourceTypes/" + i;
        if (!context.isUsable(p)) {
          continue;
        }
        if (type.equals("*")) {
          context.report(
              p,
              "selects every resource type, but missing backups are reported only for "
                  + String.join(", ", checked),
              "name the resource types, or accept that other types are not watched");
        } else if (MissingBackupChecks.ALL.stream().noneMatch(c -> c.coveredBy(type))) {
          context.report(
              p,
              "'" + type + "' has no AWS Config rule that reports a missing recovery point",
              "accept that its missing backups are not reported");
        }
      }
    }
  }
}
