package dev.airgap.generator.units;

import dev.airgap.generator.ArchitecturePicture;
import dev.airgap.generator.cfn.CfnValue;
import dev.airgap.generator.cfn.Output;
import dev.airgap.generator.cfn.Resource;
import dev.airgap.generator.cfn.Template;
import dev.airgap.generator.manifest.DeploymentUnit;
import dev.airgap.generator.naming.LogicalIds;
import dev.airgap.generator.policy.JobEventNames;
import dev.airgap.model.AirGapModel;
import dev.airgap.model.JobNotifications;
import dev.airgap.model.validate.MissingBackupChecks;
import java.util.List;
import java.util.TreeSet;

/**
 * Organization-wide job notifications, the central half (central.alerts.jobNotifications): an event
 * bus whose policy lets principals of the organization put events and nobody else (the member
 * baseline's forwarding rules, {@link MemberJobEvents}), a rule on it, and the notifications topic
 * that rule publishes to, with its own key and subscriptions, apart from the tamper alerts. One
 * stack instance in the first central region: one bus for the whole organization.
 */
public final class JobEventsUnit implements Unit {
  JobEventsUnit() {}

  public static final UnitId ID = UnitId.of("job-events");

  public static final String BUS = "JobEventBus";
  public static final String KEY = "JobNotificationsKey";
  public static final String KEY_ALIAS = "JobNotificationsKeyAlias";
  public static final String TOPIC = "JobNotificationsTopic";
  public static final String TOPIC_POLICY = "JobNotificationsTopicPolicy";
  public static final String RULE = "JobNotificationsRule";
  public static final String MISSING_BACKUP_RULE = "MissingBackupNotificationsRule";
  private static final String PATH = "/central/alerts/jobNotifications";

  public static Template build(AirGapModel model, JobNotifications jobs) {
    String topicName = Names.jobNotificationsTopicName(model);
    Template.Builder t =
        new Template.Builder(
            "airgap organization-wide backup job notifications in account "
                + model.central().account()
                + ": every member account forwards its failed, aborted and expired backup, copy and restore"
                + " jobs to the event bus "
                + Names.jobEventBusName(model)
                + ", which only principals of organization "
                + model.organization().id()
                + " may put events on; a rule on the bus sends them, with account, region, resource and reason,"
                + " to the notifications topic "
                + topicName
                + ", apart from the tamper alerts.");
    t.resource(
        BUS,
        Resource.of(
            "AWS::Events::EventBus",
            CfnValue.map()
                .put("Name", Names.jobEventBusName(model))
                .put("Policy", busPolicy(model))
                .build(),
            PATH));
    t.resource(
        KEY,
        Statements.retainedKey(
            "airgap: encrypts the job notifications topic " + topicName,
            model.central().key(),
            Statements.document(
                Statements.accountAdministers(),
                Statements.serviceUsesKey("EventBridgePublishes", "events.amazonaws.com"),
                Statements.denyKeyDestruction(Principals.admins(model)),
                Statements.denyKeyPolicyChanges(Principals.adminsAndDeployRoles(model)),
                Statements.denyGrantsNotForAwsServices()),
            PATH));
    t.resource(
        KEY_ALIAS,
        Resource.of(
            "AWS::KMS::Alias",
            CfnValue.map()
                .put("AliasName", "alias/" + topicName)
                .put("TargetKeyId", CfnValue.ref(KEY))
                .build(),
            PATH));
    t.resource(
        TOPIC,
        Resource.of(
            "AWS::SNS::Topic",
            CfnValue.map()
                .put("TopicName", topicName)
                .put("DisplayName", "airgap backup job notifications")
                .put("KmsMasterKeyId", CfnValue.getAtt(KEY, "Arn"))
                .build(),
            PATH));
    t.resource(
        TOPIC_POLICY,
        Resource.of(
            "AWS::SNS::TopicPolicy",
            CfnValue.map()
                .put("Topics", CfnValue.list(CfnValue.ref(TOPIC)))
                .put(
                    "PolicyDocument",
                    Statements.document(
                        CfnValue.ordered()
                            .put("Sid", "JobNotificationsRulePublishes")
                            .put("Effect", "Allow")
                            .put(
                                "Principal",
                                CfnValue.map().put("Service", "events.amazonaws.com").build())
                            .put("Action", "sns:Publish")
                            .put("Resource", CfnValue.ref(TOPIC))
                            .put(
                                "Condition",
                                CfnValue.map()
                                    .put(
                                        "ArnEquals",
                                        CfnValue.map()
                                            .put("aws:SourceArn", publishingRules(model))
                                            .build())
                                    .build())
                            .build()))
                .build(),
            PATH));
    LogicalIds ids = new LogicalIds();
    for (String email : new TreeSet<>(jobs.emails())) {
      t.resource(
          ids.uniqueId("JobNotificationsEmail", email),
          Resource.of(
              "AWS::SNS::Subscription",
              CfnValue.map()
                  .put("TopicArn", CfnValue.ref(TOPIC))
                  .put("Protocol", "email")
                  .put("Endpoint", email)
                  .build(),
              PATH + "/email"));
    }
    t.resource(
        RULE,
        Resource.of(
                "AWS::Events::Rule",
                CfnValue.map()
                    .put("Name", Names.jobNotificationsRuleName(model))
                    .put(
                        "Description",
                        "airgap: failed, aborted and expired AWS Backup jobs of every member account")
                    // By name, not Ref: moto 5 passes its bus object where Ref should give the
                    // name;
                    // DependsOn keeps the order Ref gave.
                    .put("EventBusName", Names.jobEventBusName(model))
                    .put("State", "ENABLED")
                    .put("EventPattern", JobEventPatterns.pattern())
                    .put(
                        "Targets",
                        CfnValue.list(
                            CfnValue.map()
                                .put("Id", "job-notifications-topic")
                                .put("Arn", CfnValue.ref(TOPIC))
                                .put("InputTransformer", JobEventPatterns.inputTransformer())
                                .build()))
                    .build(),
                PATH)
            .withDependsOn(BUS));
    if (MissingBackupChecks.hours(model).isPresent()) {
      t.resource(
          MISSING_BACKUP_RULE,
          Resource.of(
                  "AWS::Events::Rule",
                  CfnValue.map()
                      .put("Name", JobEventNames.missingBackupNotificationsRule(model))
                      .put(
                          "Description",
                          "airgap: resources of every member account without a recent recovery point")
                      .put("EventBusName", Names.jobEventBusName(model))
                      .put("State", "ENABLED")
                      .put("EventPattern", MissingBackupPatterns.pattern(model))
                      .put(
                          "Targets",
                          CfnValue.list(
                              CfnValue.map()
                                  .put("Id", "job-notifications-topic")
                                  .put("Arn", CfnValue.ref(TOPIC))
                                  .put(
                                      "InputTransformer",
                                      MissingBackupPatterns.inputTransformer(model))
                                  .build()))
                      .build(),
                  PATH + "/missingBackupHours")
              .withDependsOn(BUS));
    }
    t.output(
        "JobEventBusArn",
        Output.of("ARN of the bus the member accounts forward to", CfnValue.getAtt(BUS, "Arn")));
    t.output(
        "JobNotificationsTopicArn",
        Output.of("ARN of the job notifications topic", CfnValue.ref(TOPIC)));
    return t.build();
  }

  /** The rules on the bus that may publish to the topic, and no other rule. */
  private static CfnValue publishingRules(AirGapModel model) {
    return MissingBackupChecks.hours(model).isPresent()
        ? CfnValue.list(CfnValue.getAtt(RULE, "Arn"), CfnValue.getAtt(MISSING_BACKUP_RULE, "Arn"))
        : CfnValue.getAtt(RULE, "Arn");
  }

  /**
   * Only principals of the organization, only PutEvents, only on this bus (docs/aws-facts.md
   * §17.2): the forwarding rules of the member accounts call it with their forwarder role.
   */
  private static CfnValue busPolicy(AirGapModel model) {
    return Statements.document(
        CfnValue.ordered()
            .put("Sid", "OrganizationPutsJobEvents")
            .put("Effect", "Allow")
            .put("Principal", "*")
            .put("Action", "events:PutEvents")
            .put("Resource", JobEventPatterns.busArnValue(model))
            .put(
                "Condition",
                CfnValue.map()
                    .put(
                        "StringEquals",
                        CfnValue.map().put("aws:PrincipalOrgID", model.organization().id()).build())
                    .build())
            .build());
  }

  @Override
  public UnitId id() {
    return ID;
  }

  @Override
  public List<UnitTemplate> templates(AirGapModel model) {
    return model
        .central()
        .alerts()
        .jobNotifications()
        .map(j -> List.of(new UnitTemplate(ID, build(model, j))))
        .orElse(List.of());
  }

  /** One region: the bus every member region forwards to. */
  @Override
  public DeploymentUnit.Builder deployment(AirGapModel model, UnitId unitId) {
    return Deployments.centralStackSet(model, unitId)
        .regions(List.of(JobEventPatterns.busRegion(model)));
  }

  @Override
  public void picture(AirGapModel model, List<UnitId> rendered, ArchitecturePicture picture) {
    if (rendered.isEmpty()) {
      return;
    }
    picture.add(
        ArchitecturePicture.Element.NOTE,
        "Job notifications: every member account forwards failed, aborted and expired backup, copy and"
            + " restore jobs to the event bus "
            + JobEventPatterns.busArn(model)
            + " (organization only), which sends them to the topic "
            + Names.jobNotificationsTopicName(model)
            + ".");
  }
}
