package dev.airgap.generator.units;

import dev.airgap.generator.yaml.TemplateWriter;
import dev.airgap.model.AirGapModel;
import dev.airgap.model.BackupPlan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * TEMPORARY — the single place to replace when package {@code dev.airgap.generator.policy}
 * (ProtectedActions, ScpDocument, BackupPolicyDocument, scp_handler.py) lands on main. Nothing
 * else in the generator names an action or builds an organization policy.
 */
final class InterimPolicies implements PolicySource {

  /** facts.md §6.2: one list for the SCP, the vault policy and (API operations only) the alert rule. */
  private static final List<String> PROTECTED = List.of(
      "backup:CopyFromBackupVault",
      "backup:DeleteBackupVault",
      "backup:DeleteBackupVaultAccessPolicy",
      "backup:DeleteBackupVaultLockConfiguration",
      "backup:DeleteBackupVaultNotifications",
      "backup:DeleteRecoveryPoint",
      "backup:DisassociateBackupVaultMpaApprovalTeam",
      "backup:DisassociateRecoveryPoint",
      "backup:PutBackupVaultAccessPolicy",
      "backup:PutBackupVaultLockConfiguration",
      "backup:PutBackupVaultNotifications",
      "backup:StartCopyJob",
      "backup:StartRestoreJob",
      "backup:UpdateRecoveryPointLifecycle");

  /** Permission-only actions: no API operation, so no CloudTrail event (facts.md §6.3). */
  private static final List<String> PERMISSION_ONLY = List.of("backup:CopyFromBackupVault", "backup:CopyIntoBackupVault");

  @Override
  public List<String> protectedActions() {
    return PROTECTED;
  }

  @Override
  public List<String> protectedApiOperations() {
    return PROTECTED.stream().filter(a -> !PERMISSION_ONLY.contains(a)).toList();
  }

  @Override
  public List<String> knownBackupActions() {
    TreeSet<String> known = new TreeSet<>(PROTECTED);
    known.addAll(PERMISSION_ONLY);
    return List.copyOf(known);
  }

  @Override
  public Map<String, Object> scpContent(AirGapModel model) {
    String p = model.organization().partition().yamlName();
    String central = model.central().account();
    List<Object> exempt = new ArrayList<>(new TreeSet<>(model.central().admins()));
    exempt.add("arn:" + p + ":iam::" + central + ":role/" + Principals.executionRoleName(model));
    model.deploy().roleArn().ifPresent(exempt::add);
    Map<String, Object> statement = new LinkedHashMap<>();
    statement.put("Sid", "DenyCentralVaultTampering");
    statement.put("Effect", "Deny");
    statement.put("Action", PROTECTED);
    statement.put("Resource", List.of(
        "arn:" + p + ":backup:*:" + central + ":backup-vault:" + model.central().vault().name(),
        "arn:" + p + ":backup:*:" + central + ":recovery-point:*"));
    statement.put("Condition", Map.of("ArnNotLike", Map.of("aws:PrincipalArn", exempt)));
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("Version", "2012-10-17");
    doc.put("Statement", List.of(statement));
    return doc;
  }

  @Override
  public List<Map<String, Object>> backupPolicyContents(AirGapModel model) {
    String p = model.organization().partition().yamlName();
    Map<String, Object> plans = new LinkedHashMap<>();
    List<String> centralRegions = new ArrayList<>(new TreeSet<>(model.central().regions()));
    for (BackupPlan plan : model.plans().values()) {
      for (String region : new TreeSet<>(model.members().regions())) {
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("schedule_expression", assign(plan.schedule()));
        rule.put("start_backup_window_minutes", assign(String.valueOf(plan.startWindowMinutes())));
        rule.put("complete_backup_window_minutes", assign(String.valueOf(plan.completionWindowMinutes())));
        rule.put("target_backup_vault_name", assign(model.members().vault().name()));
        Map<String, Object> lifecycle = new LinkedHashMap<>();
        plan.coldStorageAfterDays().ifPresent(d -> lifecycle.put("move_to_cold_storage_after_days", assign(String.valueOf(d))));
        lifecycle.put("delete_after_days", assign(String.valueOf(plan.localRetentionDays())));
        rule.put("lifecycle", lifecycle);
        plan.copyToCentral().ifPresent(copy -> {
          String target = centralRegions.contains(region) ? region : centralRegions.get(0);
          String arn = "arn:" + p + ":backup:" + target + ":" + model.central().account() + ":backup-vault:"
              + model.central().vault().name();
          Map<String, Object> copyLifecycle = new LinkedHashMap<>();
          copy.coldStorageAfterDays().ifPresent(d -> copyLifecycle.put("move_to_cold_storage_after_days", assign(String.valueOf(d))));
          copyLifecycle.put("delete_after_days", assign(String.valueOf(copy.retentionDays())));
          Map<String, Object> action = new LinkedHashMap<>();
          action.put("target_backup_vault_arn", assign(arn));
          action.put("lifecycle", copyLifecycle);
          rule.put("copy_actions", Map.of(arn, action));
        });
        Map<String, Object> selection = new LinkedHashMap<>();
        selection.put("iam_role_arn", assign("arn:" + p + ":iam::$account:role/" + model.members().backupRoleName()));
        selection.put("resource_types", assign(plan.selection().resourceTypes()));
        Map<String, Object> optOut = new LinkedHashMap<>();
        optOut.put("condition_key", assign("aws:ResourceTag/" + plan.selection().optOutTag().key()));
        optOut.put("condition_value", assign(plan.selection().optOutTag().value()));
        selection.put("conditions", Map.of("string_not_equals", Map.of("opt-out", optOut)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("regions", assign(List.of(region)));
        body.put("rules", Map.of(plan.name(), rule));
        body.put("selections", Map.of("resources", Map.of(plan.name(), selection)));
        plans.put(plan.name() + "-" + region, body);
      }
    }
    // Split whole plans across documents so each stays under 10,000 characters (facts.md §4.6).
    List<Map<String, Object>> documents = new ArrayList<>();
    Map<String, Object> current = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : plans.entrySet()) {
      Map<String, Object> attempt = new LinkedHashMap<>(current);
      attempt.put(e.getKey(), e.getValue());
      if (!current.isEmpty() && size(attempt) > 9_500) {
        documents.add(Map.of("plans", current));
        current = new LinkedHashMap<>();
      }
      current.put(e.getKey(), e.getValue());
    }
    if (!current.isEmpty()) {
      documents.add(Map.of("plans", current));
    }
    return documents;
  }

  private static int size(Map<String, Object> plans) {
    return TemplateWriter.minifiedJson(PlainValues.of(Map.of("plans", plans))).length();
  }

  private static Map<String, Object> assign(Object value) {
    return Map.of("@@assign", value);
  }

  @Override
  public String scpHandlerSource() {
    var stream = InterimPolicies.class.getResourceAsStream("/dev/airgap/generator/policy/scp_handler.py");
    if (stream != null) {
      try (stream) {
        return new String(stream.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      } catch (java.io.IOException e) {
        throw new IllegalStateException(e);
      }
    }
    return INTERIM_HANDLER;
  }

  private static final String INTERIM_HANDLER = """
      # Interim handler: replaced by dev/airgap/generator/policy/scp_handler.py.
      import json
      import urllib.request

      import boto3


      def handler(event, context):
          status, physical_id, reason = "FAILED", event.get("PhysicalResourceId", "none"), "interim handler"
          try:
              props = event["ResourceProperties"]
              org = boto3.client("organizations")
              if event["RequestType"] == "Create":
                  policy = org.create_policy(Name=props["PolicyName"], Description=props["PolicyDescription"],
                                             Type="SERVICE_CONTROL_POLICY", Content=props["PolicyContent"])
                  physical_id = policy["Policy"]["PolicySummary"]["Id"]
                  for target in props["TargetIds"]:
                      org.attach_policy(PolicyId=physical_id, TargetId=target)
              elif event["RequestType"] == "Update":
                  org.update_policy(PolicyId=physical_id, Content=props["PolicyContent"])
              else:
                  pages = org.get_paginator("list_targets_for_policy").paginate(PolicyId=physical_id)
                  for page in pages:
                      for target in page["Targets"]:
                          org.detach_policy(PolicyId=physical_id, TargetId=target["TargetId"])
                  org.delete_policy(PolicyId=physical_id)
              status, reason = "SUCCESS", "ok"
          except Exception as error:  # always answer CloudFormation
              reason = str(error)
          body = json.dumps({"Status": status, "Reason": reason, "PhysicalResourceId": physical_id,
                             "StackId": event["StackId"], "RequestId": event["RequestId"],
                             "LogicalResourceId": event["LogicalResourceId"]}).encode()
          request = urllib.request.Request(event["ResponseURL"], data=body, method="PUT",
                                           headers={"Content-Type": ""})
          urllib.request.urlopen(request)
      """;
}
