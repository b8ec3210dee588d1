package dev.airgap.generator.policy;

import dev.airgap.model.AirGapModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The SCP of the audit account that holds the evidence bucket (evidence.reports.bucketAccount),
 * attached to that account only. The bucket owner's root may always replace or delete a bucket
 * policy; only an SCP stops it (docs/aws-facts.md §19.4). So this policy denies, in that account:
 * destroying the bucket or a report to all but the admins; reconfiguring the bucket to all but the
 * admins and the roles that deploy it; silencing or reconfiguring its tamper rule, alert topic and
 * the topic's key to all but the admins (and, for configuration, the deploy roles); and becoming or
 * changing one of those deploy roles to all but the admins, without which the exemption is an
 * invitation. It names only the bucket's and the alert path's resources, so the audit account's own
 * workloads are not touched.
 */
public final class EvidenceAccountScp {
  private EvidenceAccountScp() {}

  public static ScpDocument build(AirGapModel model) {
    String partition = model.organization().partition().yamlName();
    String account = EvidenceAccount.account(model);
    String prefix = model.deploy().stackSetNamePrefix();
    List<String> admins = ScpDocument.admins(model);
    TreeSet<String> deployers = new TreeSet<>(admins);
    deployers.addAll(EvidenceAccount.deployRoles(model));
    List<String> alertPath =
        List.of(
            "arn:" + partition + ":cloudtrail:*:" + account + ":trail/*",
            "arn:" + partition + ":events:*:" + account + ":rule/" + prefix + "-*",
            "arn:" + partition + ":sns:*:" + account + ":" + prefix + "-*");
    List<Map<String, Object>> statements = new ArrayList<>();
    statements.add(
        ScpDocument.deny(
            "DenyEvidenceDestructionToAllButAdmins",
            EvidenceActions.evidenceDestruction(),
            EvidenceAccount.bucketArns(model),
            admins));
    statements.add(
        ScpDocument.deny(
            "DenyEvidenceConfigurationToAllButAdminsAndDeployRole",
            EvidenceActions.evidenceConfiguration(),
            EvidenceAccount.bucketArns(model),
            List.copyOf(deployers)));
    statements.add(
        ScpDocument.deny(
            "DenyAlertSilencingToAllButAdmins",
            ProtectedActions.alertSilencing(),
            alertPath,
            admins));
    statements.add(
        ScpDocument.deny(
            "DenyAlertConfigurationToAllButAdminsAndDeployRole",
            ProtectedActions.alertConfiguration(),
            alertPath.subList(1, 3),
            List.copyOf(deployers)));
    statements.add(alertKey(model, admins));
    statements.add(
        ScpDocument.deny(
            "DenyDeployRoleTakeoverToAllButAdmins",
            ProtectedActions.principalTakeover(false),
            EvidenceAccount.deployRoles(model),
            admins));
    return new ScpDocument(
        "EvidenceAccountProtectionScp",
        "protect-evidence-account",
        "airgap: in the audit account only the vault admins may destroy the evidence bucket or"
            + " its reports or silence its alerts; the deploy role may update their configuration.",
        ScpDocument.document(statements),
        List.of(account));
  }

  /**
   * The alert topic's key is found by its alias ({@code kms:ResourceAliases}), as the member key
   * is: its ARN is known only after creation, and disabling it silences the topic.
   */
  private static Map<String, Object> alertKey(AirGapModel model, List<String> admins) {
    Map<String, Object> condition = new LinkedHashMap<>();
    condition.put("ArnNotLike", Collections.singletonMap("aws:PrincipalArn", admins));
    condition.put(
        "ForAnyValue:StringEquals",
        Collections.singletonMap(
            "kms:ResourceAliases", List.of("alias/" + EvidenceAccount.topicName(model))));
    Map<String, Object> statement = new LinkedHashMap<>();
    statement.put("Sid", "DenyAlertKeyDestructionToAllButAdmins");
    statement.put("Effect", "Deny");
    statement.put("Action", ProtectedActions.keyDestruction());
    statement.put("Resource", "*");
    statement.put("Condition", Collections.unmodifiableMap(condition));
    return Collections.unmodifiableMap(statement);
  }
}
