package dev.airgap.generator.units;

import dev.airgap.generator.cfn.CfnValue;
import dev.airgap.generator.cfn.Resource;
import dev.airgap.generator.cfn.Template;
import dev.airgap.generator.naming.LogicalIds;
import dev.airgap.model.AirGapModel;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * An encrypted SNS topic the alert rules publish to, with its key, alias, topic policy and e-mail
 * subscriptions: the same shape in the central account and in the management account. The key is a
 * customer managed key because EventBridge cannot publish to a topic encrypted with {@code aws/sns}
 * (docs/aws-facts.md §7.3); every key airgap creates carries the CT.KMS.PR.3 grant deny.
 */
final class AlertTopic {
  private AlertTopic() {}

  static final String KEY = "AlertsKey";
  static final String KEY_ALIAS = "AlertsKeyAlias";
  static final String TOPIC = "AlertsTopic";
  static final String TOPIC_POLICY = "AlertsTopicPolicy";

  /** A service that publishes to the topic: its statement id and principal. */
  record Publisher(String sid, String service) {}

  /**
   * @param keyDenies key-policy denies beyond the grant restriction (the central account's admins
   *     and deploy roles; the management account has none that an SCP could back up)
   */
  static void add(
      Template.Builder t,
      AirGapModel model,
      String topicName,
      String displayName,
      String modelPath,
      List<Publisher> publishers,
      List<CfnValue> keyDenies) {
    add(
        t,
        model,
        topicName,
        displayName,
        modelPath,
        publishers,
        keyDenies,
        model.central().alerts().emails());
  }

  /** As above, subscribing {@code emails} instead of the central alert e-mails. */
  static void add(
      Template.Builder t,
      AirGapModel model,
      String topicName,
      String displayName,
      String modelPath,
      List<Publisher> publishers,
      List<CfnValue> keyDenies,
      List<String> emails) {
    List<CfnValue> keyStatements = new ArrayList<>();
    keyStatements.add(Statements.accountAdministers());
    publishers.forEach(p -> keyStatements.add(Statements.serviceUsesKey(p.sid(), p.service())));
    keyStatements.addAll(keyDenies);
    keyStatements.add(Statements.denyGrantsNotForAwsServices());
    t.resource(
        KEY,
        Statements.retainedKey(
            "airgap: encrypts the alert topic " + topicName,
            model.central().key(),
            Statements.document(keyStatements.toArray(CfnValue[]::new)),
            modelPath));
    t.resource(
        KEY_ALIAS,
        Resource.of(
            "AWS::KMS::Alias",
            CfnValue.map()
                .put("AliasName", "alias/" + topicName)
                .put("TargetKeyId", CfnValue.ref(KEY))
                .build(),
            modelPath));
    t.resource(
        TOPIC,
        Resource.of(
            "AWS::SNS::Topic",
            CfnValue.map()
                .put("TopicName", topicName)
                .put("DisplayName", displayName)
                .put("KmsMasterKeyId", CfnValue.getAtt(KEY, "Arn"))
                .build(),
            modelPath));
    List<CfnValue> publish = new ArrayList<>();
    publishers.forEach(p -> publish.add(publish(p)));
    t.resource(
        TOPIC_POLICY,
        Resource.of(
            "AWS::SNS::TopicPolicy",
            CfnValue.map()
                .put("Topics", CfnValue.list(CfnValue.ref(TOPIC)))
                .put("PolicyDocument", Statements.document(publish.toArray(CfnValue[]::new)))
                .build(),
            modelPath));
    LogicalIds ids = new LogicalIds();
    for (String email : new TreeSet<>(emails)) {
      t.resource(
          ids.uniqueId("AlertsEmail", email),
          Resource.of(
              "AWS::SNS::Subscription",
              CfnValue.map()
                  .put("TopicArn", CfnValue.ref(TOPIC))
                  .put("Protocol", "email")
                  .put("Endpoint", email)
                  .build(),
              modelPath + "/email"));
    }
  }

  /** An ENABLED rule that sends matching events to the topic. */
  static Resource rule(String name, String description, CfnValue pattern, String modelPath) {
    return rule(name, description, pattern, modelPath, "ENABLED");
  }

  /**
   * @param state {@code ENABLED}, or {@code ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS} to match
   *     read-only management events too (docs/aws-facts.md §15.3)
   */
  static Resource rule(
      String name, String description, CfnValue pattern, String modelPath, String state) {
    return Resource.of(
        "AWS::Events::Rule",
        CfnValue.map()
            .put("Name", name)
            .put("Description", description)
            .put("State", state)
            .put("EventPattern", pattern)
            .put(
                "Targets",
                CfnValue.list(
                    CfnValue.map()
                        .put("Id", "alert-topic")
                        .put("Arn", CfnValue.ref(TOPIC))
                        .build()))
            .build(),
        modelPath);
  }

  private static CfnValue publish(Publisher p) {
    return CfnValue.ordered()
        .put("Sid", p.sid())
        .put("Effect", "Allow")
        .put("Principal", CfnValue.map().put("Service", p.service()).build())
        .put("Action", "sns:Publish")
        .put("Resource", CfnValue.ref(TOPIC))
        .put(
            "Condition",
            CfnValue.map()
                .put(
                    "StringEquals",
                    CfnValue.map().put("aws:SourceAccount", CfnValue.ref("AWS::AccountId")).build())
                .build())
        .build();
  }
}
