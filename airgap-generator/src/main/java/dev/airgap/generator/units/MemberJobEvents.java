package dev.airgap.generator.units;

import dev.airgap.generator.cfn.CfnValue;
import dev.airgap.generator.cfn.Resource;
import dev.airgap.generator.cfn.Template;
import dev.airgap.model.AirGapModel;

/**
 * The member half of the organization-wide job notifications (central.alerts.jobNotifications,
 * {@link JobEventsUnit}): in every member region a rule on the default bus forwards AWS Backup's
 * failed, aborted and expired jobs to the central bus, with a role that may put events on that one
 * bus and do nothing else (docs/aws-facts.md §17.2). The member SCP guards both like the backup
 * role: a member admin who deletes the rule or re-trusts the role silences the account's failures.
 * Nothing is added without job notifications, so existing stacks do not change.
 */
final class MemberJobEvents {
  static final String ROLE = "JobEventForwarderRole";
  static final String RULE = "JobEventForwardingRule";

  private MemberJobEvents() {}

  static void add(AirGapModel model, Template.Builder t, String roleCondition) {
    if (model.central().alerts().jobNotifications().isEmpty()) {
      return;
    }
    String roleName = Names.jobForwarderRoleName(model);
    t.resource(
        ROLE,
        Resource.of(
                "AWS::IAM::Role",
                CfnValue.map()
                    .put("RoleName", roleName)
                    .put(
                        "Description",
                        "airgap: EventBridge forwards this account's failed AWS Backup jobs to the"
                            + " central job event bus with this role")
                    .put(
                        "AssumeRolePolicyDocument",
                        Statements.serviceMayAssumeForThisAccount("events.amazonaws.com"))
                    .put(
                        "Policies",
                        CfnValue.list(
                            CfnValue.map()
                                .put("PolicyName", "PutEventsOnTheCentralJobEventBus")
                                .put(
                                    "PolicyDocument",
                                    Statements.document(
                                        CfnValue.ordered()
                                            .put("Sid", "PutEventsOnTheCentralJobEventBusOnly")
                                            .put("Effect", "Allow")
                                            .put("Action", "events:PutEvents")
                                            .put("Resource", JobEventPatterns.busArnValue(model))
                                            .build()))
                                .build()))
                    .build(),
                "/central/alerts/jobNotifications")
            .withCondition(roleCondition));
    // The role is global and made in one region only; every region's rule names it by ARN.
    t.resource(
        RULE,
        Resource.of(
            "AWS::Events::Rule",
            CfnValue.map()
                .put("Name", Names.jobForwardingRuleName(model))
                .put(
                    "Description",
                    "airgap: forwards failed, aborted and expired AWS Backup jobs to the central"
                        + " job event bus")
                .put("State", "ENABLED")
                .put("EventPattern", JobEventPatterns.pattern())
                .put("Targets", JobEventPatterns.busTargets(model, roleName))
                .build(),
            "/central/alerts/jobNotifications"));
  }
}
