package dev.airgap.generator.units;

import dev.airgap.generator.ArchitecturePicture;
import dev.airgap.generator.cfn.CfnValue;
import dev.airgap.generator.cfn.Output;
import dev.airgap.generator.cfn.Resource;
import dev.airgap.generator.cfn.Template;
import dev.airgap.generator.manifest.DeploymentUnit;
import dev.airgap.generator.naming.LogicalIds;
import dev.airgap.generator.policy.ProtectedActions;
import dev.airgap.model.AirGapModel;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Tamper alerts, one stack instance per central region (CloudTrail events reach only the default
 * bus of their own region, facts.md §7.1): an EventBridge rule on successful destructive AWS
 * Backup calls by anyone but the admins, an SNS topic encrypted with a customer managed key that
 * EventBridge and AWS Backup may use (facts.md §7.3), its topic policy and e-mail subscriptions.
 * The central vault's job notifications use the same topic, found by its explicit name.
 */
public final class CentralAlertsUnit implements Unit {
  CentralAlertsUnit() {}

  public static final UnitId ID = UnitId.of("central-alerts");

  public static final String KEY = "AlertsKey";
  public static final String KEY_ALIAS = "AlertsKeyAlias";
  public static final String TOPIC = "AlertsTopic";
  public static final String TOPIC_POLICY = "AlertsTopicPolicy";
  public static final String RULE = "TamperRule";

  public static Template build(AirGapModel model) {
    Template.Builder t = new Template.Builder(
        "airgap tamper alerts for the central vault '" + model.central().vault().name() + "' in account "
            + model.central().account() + ", one instance per central region: successful destructive AWS Backup"
            + " calls by Root, IAM users and roles other than the admins go to an encrypted SNS topic."
            + " The StackSet execution and deploy roles are deliberately not exempt, so every change they make"
            + " is announced. Needs a CloudTrail trail logging management events in each region.");
    t.resource(KEY, Resource.of("AWS::KMS::Key", CfnValue.map()
        .put("Description", "airgap: encrypts the backup alert topic " + Names.alertTopicName(model))
        .put("EnableKeyRotation", true)
        .put("RotationPeriodInDays", model.central().key().rotationPeriodDays())
        .put("PendingWindowInDays", model.central().key().pendingWindowDays())
        .put("KeyPolicy", Statements.document(
            Statements.accountAdministers(),
            Statements.serviceUsesKey("EventBridgePublishes", "events.amazonaws.com"),
            Statements.serviceUsesKey("AwsBackupPublishes", "backup.amazonaws.com")))
        .build(), "/central/alerts").retained());
    t.resource(KEY_ALIAS, Resource.of("AWS::KMS::Alias", CfnValue.map()
        .put("AliasName", "alias/" + Names.alertTopicName(model))
        .put("TargetKeyId", CfnValue.ref(KEY))
        .build(), "/central/alerts"));
    t.resource(TOPIC, Resource.of("AWS::SNS::Topic", CfnValue.map()
        .put("TopicName", Names.alertTopicName(model))
        .put("DisplayName", "airgap backup alerts")
        .put("KmsMasterKeyId", CfnValue.getAtt(KEY, "Arn"))
        .build(), "/central/alerts"));
    t.resource(TOPIC_POLICY, Resource.of("AWS::SNS::TopicPolicy", CfnValue.map()
        .put("Topics", CfnValue.list(CfnValue.ref(TOPIC)))
        .put("PolicyDocument", Statements.document(
            publish("EventBridgePublishes", "events.amazonaws.com"),
            publish("AwsBackupPublishes", "backup.amazonaws.com")))
        .build(), "/central/alerts"));
    t.resource(RULE, Resource.of("AWS::Events::Rule", CfnValue.map()
        .put("Name", Names.tamperRuleName(model))
        .put("Description", "airgap: destructive AWS Backup calls by anyone but the vault admins")
        .put("State", "ENABLED")
        .put("EventPattern", eventPattern(model))
        .put("Targets", CfnValue.list(CfnValue.map()
            .put("Id", "alert-topic")
            .put("Arn", CfnValue.ref(TOPIC))
            .build()))
        .build(), "/central/admins"));
    LogicalIds ids = new LogicalIds();
    for (String email : new TreeSet<>(model.central().alerts().emails())) {
      t.resource(ids.uniqueId("AlertsEmail", email), Resource.of("AWS::SNS::Subscription", CfnValue.map()
          .put("TopicArn", CfnValue.ref(TOPIC))
          .put("Protocol", "email")
          .put("Endpoint", email)
          .build(), "/central/alerts/email"));
    }
    t.output("AlertTopicArn", Output.of("ARN of the alert topic", CfnValue.ref(TOPIC)));
    return t.build();
  }

  private static CfnValue publish(String sid, String service) {
    return CfnValue.ordered()
        .put("Sid", sid)
        .put("Effect", "Allow")
        .put("Principal", CfnValue.map().put("Service", service).build())
        .put("Action", "sns:Publish")
        .put("Resource", CfnValue.ref(TOPIC))
        .put("Condition", CfnValue.map()
            .put("StringEquals", CfnValue.map().put("aws:SourceAccount", CfnValue.ref("AWS::AccountId")).build())
            .build())
        .build();
  }

  /**
   * Successful ({@code errorCode} absent) destructive calls (facts.md §7.1). A condition on the
   * session issuer never matches root or IAM-user calls (§11 #7), so the pattern is an {@code $or}:
   * root always alerts; IAM users unless their ARN is an admin's; assumed roles unless their
   * issuing role is an admin's; any other caller type always alerts. Only the admins are exempt.
   */
  static CfnValue.MapValue eventPattern(AirGapModel model) {
    List<String> operations = ProtectedActions.alertEventNames();
    List<CfnValue> alternatives = new ArrayList<>();
    alternatives.add(CfnValue.ordered()
        .put("userIdentity", CfnValue.ordered().put("type", CfnValue.texts(List.of("Root"))).build())
        .build());
    List<String> admins = new ArrayList<>(new TreeSet<>(model.central().admins()));
    alternatives.add(CfnValue.ordered()
        .put("userIdentity", CfnValue.ordered()
            .put("type", CfnValue.texts(List.of("IAMUser")))
            .put("arn", notAdmin(admins))
            .build())
        .build());
    alternatives.add(CfnValue.ordered()
        .put("userIdentity", CfnValue.ordered()
            .put("type", CfnValue.texts(List.of("AssumedRole")))
            .put("sessionContext", CfnValue.ordered()
                .put("sessionIssuer", CfnValue.ordered().put("arn", notAdmin(admins)).build())
                .build())
            .build())
        .build());
    alternatives.add(CfnValue.ordered()
        .put("userIdentity", CfnValue.ordered()
            .put("type", CfnValue.list(CfnValue.ordered()
                .put("anything-but", CfnValue.texts(List.of("AWSService", "AssumedRole", "IAMUser", "Root")))
                .build()))
            .build())
        .build());
    return CfnValue.ordered()
        .put("source", CfnValue.texts(List.of("aws.backup")))
        .put("detail-type", CfnValue.texts(List.of("AWS API Call via CloudTrail")))
        .put("detail", CfnValue.ordered()
            .put("eventSource", CfnValue.texts(List.of("backup.amazonaws.com")))
            .put("eventName", CfnValue.texts(operations))
            .put("errorCode", CfnValue.list(CfnValue.ordered().put("exists", false).build()))
            .put("$or", CfnValue.list(alternatives))
            .build())
        .build();
  }

  private static CfnValue notAdmin(List<String> admins) {
    if (admins.isEmpty()) {
      return CfnValue.list(CfnValue.ordered().put("exists", true).build());
    }
    // anything-but takes a list of wildcard patterns: a list of separate anything-but matchers would
    // be ORed and match every caller (EventBridge User Guide, content filtering, "Anything-but").
    CfnValue wildcard = admins.size() == 1 ? CfnValue.text(admins.get(0)) : CfnValue.texts(admins);
    return CfnValue.list(CfnValue.ordered()
        .put("anything-but", CfnValue.ordered().put("wildcard", wildcard).build())
        .build());
  }

  @Override
  public UnitId id() {
    return ID;
  }

  @Override
  public List<UnitTemplate> templates(AirGapModel model) {
    return List.of(new UnitTemplate(ID, build(model)));
  }

  @Override
  public DeploymentUnit.Builder deployment(AirGapModel model, UnitId unitId) {
    return Deployments.centralStackSet(model, unitId);
  }

  @Override
  public void picture(AirGapModel model, List<UnitId> rendered, ArchitecturePicture picture) {
    List<String> regions = Deployments.sorted(model.central().regions());
    for (String region : regions) {
      picture.add(ArchitecturePicture.Element.TAMPER_ALERTS, region,
          "al_" + ArchitecturePicture.nodeId(region) + "[\"tamper rule + topic " + region + "\"]");
    }
    for (String region : regions) {
      picture.add(ArchitecturePicture.Element.ALERT_DELIVERY, "cv_" + ArchitecturePicture.nodeId(region)
          + " -- \"CloudTrail events, job notifications\" --> al_" + ArchitecturePicture.nodeId(region));
    }
    picture.add(ArchitecturePicture.Element.ALERT_DELIVERY,
        "emails[\"" + String.join(", ", new TreeSet<>(model.central().alerts().emails())) + "\"]");
    for (String region : regions) {
      picture.add(ArchitecturePicture.Element.ALERT_DELIVERY, "al_" + ArchitecturePicture.nodeId(region) + " --> emails");
    }
  }
}
