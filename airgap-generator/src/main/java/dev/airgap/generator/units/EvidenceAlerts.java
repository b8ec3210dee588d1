package dev.airgap.generator.units;

import dev.airgap.generator.cfn.Template;
import dev.airgap.generator.policy.EvidenceAccount;
import dev.airgap.model.AirGapModel;
import java.util.List;

/**
 * The tamper alert of an evidence bucket in an audit account: EventBridge rules see only the
 * CloudTrail events of their own account and Region (docs/aws-facts.md §7.1, §19.4), so the rule
 * must be where the bucket is, and it publishes to that account's own encrypted topic with the
 * model's alert e-mails. The audit account's SCP (EvidenceAccountScp) denies silencing both.
 */
final class EvidenceAlerts {
  private EvidenceAlerts() {}

  static final String RULE = CentralAlertsUnit.EVIDENCE_RULE;

  static void add(Template.Builder t, AirGapModel model) {
    AlertTopic.add(
        t,
        model,
        EvidenceAccount.topicName(model),
        "airgap evidence alerts",
        "/evidence/reports",
        List.of(new AlertTopic.Publisher("EventBridgePublishes", "events.amazonaws.com")),
        List.of(
            Statements.denyKeyDestruction(Principals.admins(model)),
            Statements.denyKeyPolicyChanges(Principals.adminsAndDeployRoles(model))));
    t.resource(
        RULE,
        AlertTopic.rule(
            EvidenceAccount.tamperRuleName(model),
            "airgap: changes to the evidence bucket or its policy, by anyone but AWS services",
            AlertPatterns.evidenceBucket(EvidenceAccount.bucketName(model)),
            "/evidence/reports"));
  }
}
