package dev.airgap.generator.units;

import dev.airgap.generator.ArchitecturePicture;
import dev.airgap.generator.cfn.CfnValue;
import dev.airgap.generator.cfn.Output;
import dev.airgap.generator.cfn.Resource;
import dev.airgap.generator.cfn.Template;
import dev.airgap.generator.manifest.DeploymentUnit;
import dev.airgap.model.AirGapModel;
import java.util.List;
import java.util.TreeSet;

/**
 * Tamper alerts, one stack instance per central region plus the partition's global-events region
 * (CloudTrail events reach only the default bus of the region that records them, and IAM events are
 * recorded in us-east-1, docs/aws-facts.md §7.1, §13.6): EventBridge rules ({@link AlertPatterns}),
 * an SNS topic encrypted with a customer managed key that EventBridge and AWS Backup may use
 * (docs/aws-facts.md §7.3), its topic policy and e-mail subscriptions. The central vault's job
 * notifications use the same topic, found by its explicit name.
 *
 * <p>Nobody is exempt: admin and deploy-role calls alert too, so that an admin role used by someone
 * else is seen. Only AWS services acting on their own (lifecycle deletions, grants) are left out.
 */
public final class CentralAlertsUnit implements Unit {
  CentralAlertsUnit() {}

  public static final UnitId ID = UnitId.of("central-alerts");

  public static final String KEY = AlertTopic.KEY;
  public static final String TOPIC = AlertTopic.TOPIC;
  public static final String RULE = "TamperRule";
  public static final String ALERT_PATH_RULE = "AlertPathTamperRule";
  public static final String IAM_RULE = "IamTamperRule";
  public static final String GLOBAL_REGION = "IsGlobalEventsRegion";
  public static final String BREAK_GLASS_RULE = "BreakGlassUseRule";
  public static final String EVIDENCE_RULE = "EvidenceTamperRule";

  public static Template build(AirGapModel model) {
    String globalRegion = model.organization().partition().globalEventsRegion();
    Template.Builder t =
        new Template.Builder(
            "airgap tamper alerts for the central vault '"
                + model.central().vault().name()
                + "' in account "
                + model.central().account()
                + ", one instance per central region and one in "
                + globalRegion
                + ": successful mutating AWS Backup calls, and every call that could destroy a key or switch the alert path"
                + " off (KMS, EventBridge, SNS, CloudTrail, RAM), by anyone but AWS services, admins and deploy roles"
                + " included; in "
                + globalRegion
                + ", where IAM events are recorded, every change to a role or user of"
                + " the account. They go to an encrypted SNS topic. The two regional rules watch each other, and the SCP"
                + " denies silencing them to all but the admins. Needs a multi-region CloudTrail trail logging management"
                + " events.");
    t.condition(
        GLOBAL_REGION,
        new CfnValue.Equals(CfnValue.ref("AWS::Region"), CfnValue.text(globalRegion)));
    AlertTopic.add(
        t,
        model,
        Names.alertTopicName(model),
        "airgap backup alerts",
        "/central/alerts",
        List.of(
            new AlertTopic.Publisher("EventBridgePublishes", "events.amazonaws.com"),
            new AlertTopic.Publisher("AwsBackupPublishes", "backup.amazonaws.com")),
        List.of(
            Statements.denyKeyDestruction(Principals.admins(model)),
            Statements.denyKeyPolicyChanges(Principals.adminsAndDeployRoles(model))));
    t.resource(
        RULE,
        rule(
            Names.tamperRuleName(model),
            "airgap: mutating AWS Backup calls and changes to the alert rules, by anyone but AWS services",
            AlertPatterns.backupAndAlertRules()));
    t.resource(
        ALERT_PATH_RULE,
        rule(
            Names.alertPathRuleName(model),
            "airgap: calls that could destroy a key or switch the alert path off, by anyone but AWS services",
            AlertPatterns.keysAndAlertPath()));
    t.resource(
        IAM_RULE,
        rule(
                Names.iamRuleName(model),
                "airgap: every change to an IAM role or user of the central account, by any caller",
                AlertPatterns.principals(model))
            .withCondition(GLOBAL_REGION));
    List<String> breakGlass = dev.airgap.generator.policy.BreakGlassRoles.arns(model);
    List<String> identityCenter =
        dev.airgap.generator.policy.BreakGlassRoles.viaIdentityCenter(model).stream()
            .map(
                s ->
                    dev.airgap.generator.policy.BreakGlassRoles.identityCenterRoleWildcard(
                        model, s))
            .toList();
    if (!breakGlass.isEmpty() || !identityCenter.isEmpty()) {
      // Read-only calls count too: listing recovery points is how a restore starts, and a rule in
      // the plain ENABLED state never sees them (docs/aws-facts.md §15.3).
      t.resource(
          BREAK_GLASS_RULE,
          AlertTopic.rule(
              Names.breakGlassRuleName(model),
              "airgap HIGH PRIORITY: a break-glass role was assumed or used",
              AlertPatterns.breakGlassUse(breakGlass, identityCenter),
              "/central/breakGlass",
              "ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS"));
    }
    if (EvidenceBucketUnit.applies(model)
        && !dev.airgap.generator.policy.EvidenceAccount.remote(model)) {
      // Only the bucket's Region sees its events; the rule is the same in every central Region.
      // A bucket in an audit account has the rule there (EvidenceAlerts).
      t.resource(
          EVIDENCE_RULE,
          AlertTopic.rule(
              dev.airgap.generator.policy.EvidenceAccount.tamperRuleName(model),
              "airgap: changes to the evidence bucket or its policy, by anyone but AWS services",
              AlertPatterns.evidenceBucket(EvidenceBucketUnit.bucketName(model)),
              "/evidence/reports"));
    }
    t.output("AlertTopicArn", Output.of("ARN of the alert topic", CfnValue.ref(TOPIC)));
    return t.build();
  }

  private static Resource rule(String name, String description, CfnValue pattern) {
    return AlertTopic.rule(name, description, pattern, "/central/alerts");
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
    // IAM events are recorded only in the partition's global-events region (docs/aws-facts.md
    // §13.6).
    TreeSet<String> regions = new TreeSet<>(model.central().regions());
    regions.add(model.organization().partition().globalEventsRegion());
    return Deployments.centralStackSet(model, unitId).regions(List.copyOf(regions));
  }

  @Override
  public void picture(AirGapModel model, List<UnitId> rendered, ArchitecturePicture picture) {
    List<String> regions = Deployments.sorted(model.central().regions());
    String global = model.organization().partition().globalEventsRegion();
    for (String region : regions) {
      picture.add(
          ArchitecturePicture.Element.TAMPER_ALERTS,
          region,
          "al_"
              + ArchitecturePicture.nodeId(region)
              + "[\"tamper rules + topic "
              + region
              + (region.equals(global) ? ", IAM rule" : "")
              + "\"]");
    }
    if (!regions.contains(global)) {
      picture.add(
          ArchitecturePicture.Element.TAMPER_ALERTS,
          global,
          "al_" + ArchitecturePicture.nodeId(global) + "[\"IAM rule + topic " + global + "\"]");
      picture.add(
          ArchitecturePicture.Element.ALERT_DELIVERY,
          "al_" + ArchitecturePicture.nodeId(global) + " --> emails");
    }
    for (String region : regions) {
      picture.add(
          ArchitecturePicture.Element.ALERT_DELIVERY,
          "cv_"
              + ArchitecturePicture.nodeId(region)
              + " -- \"CloudTrail events, job notifications\" --> al_"
              + ArchitecturePicture.nodeId(region));
    }
    picture.add(
        ArchitecturePicture.Element.ALERT_DELIVERY,
        "emails[\"" + String.join(", ", new TreeSet<>(model.central().alerts().emails())) + "\"]");
    for (String region : regions) {
      picture.add(
          ArchitecturePicture.Element.ALERT_DELIVERY,
          "al_" + ArchitecturePicture.nodeId(region) + " --> emails");
    }
  }
}
