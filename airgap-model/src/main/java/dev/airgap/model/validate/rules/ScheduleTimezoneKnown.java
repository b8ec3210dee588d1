package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.BackupPlan;
import dev.airgap.model.validate.ModelFields;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;
import java.time.ZoneId;

/** AG4016: scheduleTimezone names a known IANA time zone. */
public final class ScheduleTimezoneKnown implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG4016",
          Severity.ERROR,
          "scheduleTimezone is an IANA time zone",
          "ScheduleExpressionTimezone takes an IANA time zone name such as Europe/Berlin; "
              + "an unknown zone is rejected (AWS::Backup::BackupPlan BackupRuleResourceType; "
              + "docs/aws-facts.md §4.1).",
          "Write a zone name from the IANA database, e.g. Europe/Berlin, or remove "
              + "scheduleTimezone for UTC.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    for (BackupPlan plan : ModelFields.plans(model, context)) {
      String p = ModelFields.plan(plan) + "/scheduleTimezone";
      if (!context.isUsable(p) || plan.scheduleTimezone().isEmpty()) {
        continue;
      }
      String zone = plan.scheduleTimezone().get();
      // Region ids only (Europe/Berlin, UTC); offsets such as +02:00 are not IANA names.
      if (!zone.matches("[A-Za-z][A-Za-z0-9_+\\-]*(/[A-Za-z0-9_+\\-]+)*")
          || !ZoneId.getAvailableZoneIds().contains(zone)) {
        context.report(
            p,
            "'" + zone + "' is not an IANA time zone",
            "write a name such as Europe/Berlin, or remove it for UTC");
      }
    }
  }
}
