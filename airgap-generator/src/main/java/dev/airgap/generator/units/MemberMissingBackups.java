package dev.airgap.generator.units;

import dev.airgap.generator.cfn.CfnValue;
import dev.airgap.generator.cfn.Resource;
import dev.airgap.generator.cfn.Template;
import dev.airgap.generator.policy.JobEventNames;
import dev.airgap.model.AirGapModel;
import dev.airgap.model.validate.MissingBackupChecks;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * The member half of the missing-backup notifications (missingBackupHours): in every member region
 * an AWS Config managed rule per resource type the plans back up, NON_COMPLIANT for a resource
 * without a recovery point newer than the model's hours, and a rule that forwards those results to
 * the central job event bus with the job forwarder role, whose one permission is PutEvents on that
 * bus (docs/aws-facts.md §17.5). The member SCP guards the Config rules and the forwarding rule;
 * AWS Config recording in the account and region is a prerequisite airgap does not create.
 */
final class MemberMissingBackups {
  static final String FORWARDING_RULE = "MissingBackupForwardingRule";

  private MemberMissingBackups() {}

  static String configRuleId(String type) {
    return "MissingBackupConfigRule"
        + type.substring(0, 1).toUpperCase(Locale.ROOT)
        + type.substring(1);
  }

  static void add(AirGapModel model, Template.Builder t) {
    OptionalInt hours = MissingBackupChecks.hours(model);
    if (hours.isEmpty()) {
      return;
    }
    String path = "/central/alerts/jobNotifications/missingBackupHours";
    for (MissingBackupChecks.Check c : MissingBackupChecks.of(model)) {
      // Periodic: evaluated every 24 hours, the default of a periodic rule (§17.5).
      t.resource(
          configRuleId(c.name()),
          Resource.of(
              "AWS::Config::ConfigRule",
              CfnValue.map()
                  .put("ConfigRuleName", JobEventNames.configRule(model, c.name()))
                  .put(
                      "Description",
                      "airgap: NON_COMPLIANT for a resource of type "
                          + c.resourceType()
                          + " without a recovery point newer than "
                          + hours.getAsInt()
                          + " hours")
                  .put(
                      "Source",
                      CfnValue.map()
                          .put("Owner", "AWS")
                          .put("SourceIdentifier", c.identifier())
                          .build())
                  .put(
                      "InputParameters",
                      CfnValue.map()
                          .put("recoveryPointAgeUnit", "hours")
                          .put("recoveryPointAgeValue", String.valueOf(hours.getAsInt()))
                          .build())
                  .put(
                      "Scope",
                      CfnValue.map()
                          .put("ComplianceResourceTypes", CfnValue.texts(List.of(c.resourceType())))
                          .build())
                  .build(),
              path));
    }
    String roleName = Names.jobForwarderRoleName(model);
    t.resource(
        FORWARDING_RULE,
        Resource.of(
            "AWS::Events::Rule",
            CfnValue.map()
                .put("Name", JobEventNames.missingBackupForwardingRule(model))
                .put(
                    "Description",
                    "airgap: forwards resources without a recent recovery point to the central job"
                        + " event bus")
                .put("State", "ENABLED")
                .put("EventPattern", MissingBackupPatterns.pattern(model))
                .put("Targets", JobEventPatterns.busTargets(model, roleName))
                .build(),
            path));
  }
}
