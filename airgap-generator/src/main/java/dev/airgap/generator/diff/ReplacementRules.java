package dev.airgap.generator.diff;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Create-only properties of the resource types airgap emits: changing one makes CloudFormation
 * replace the resource. Hand-written from facts.md §8.2 (the {@code createOnlyProperties} of the
 * official resource schemas); one test per entry keeps it honest. We emit few types, so the table
 * can be complete for them; an unknown type is assumed to update in place.
 */
public final class ReplacementRules {
  private static final String CUSTOM_RESOURCE = "AWS::CloudFormation::CustomResource";

  private static final Map<String, List<String>> CREATE_ONLY = table();

  private ReplacementRules() {}

  private static Map<String, List<String>> table() {
    Map<String, List<String>> t = new TreeMap<>();
    t.put("AWS::Backup::BackupVault", List.of("BackupVaultName", "EncryptionKeyArn"));
    t.put("AWS::Backup::LogicallyAirGappedBackupVault",
        List.of("BackupVaultName", "EncryptionKeyArn", "MaxRetentionDays", "MinRetentionDays"));
    t.put("AWS::Backup::BackupSelection", List.of("BackupPlanId", "BackupSelection"));
    t.put("AWS::Organizations::Policy", List.of("Type"));
    t.put("AWS::KMS::Alias", List.of("AliasName"));
    t.put("AWS::KMS::ReplicaKey", List.of("PrimaryKeyArn"));
    t.put("AWS::Events::Rule", List.of("Name"));
    t.put("AWS::SNS::Topic", List.of("FifoTopic", "TopicName"));
    t.put("AWS::SNS::Subscription", List.of("Endpoint", "Protocol", "TopicArn"));
    t.put("AWS::IAM::Role", List.of("Path", "RoleName"));
    t.put("AWS::IAM::ManagedPolicy", List.of("Description", "ManagedPolicyName", "Path"));
    t.put("AWS::CloudFormation::StackSet", List.of("PermissionModel", "StackSetName"));
    t.put(CUSTOM_RESOURCE, List.of("ServiceToken"));
    return Collections.unmodifiableMap(t);
  }

  /** The whole table, type to create-only top-level property names (both sorted). */
  public static Map<String, List<String>> createOnlyProperties() {
    return CREATE_ONLY;
  }

  /** Whether changing {@code property} (a top-level name under {@code Properties}) replaces the resource. */
  public static boolean isCreateOnly(String type, String property) {
    String key = type.startsWith("Custom::") ? CUSTOM_RESOURCE : type;
    return CREATE_ONLY.getOrDefault(key, List.of()).contains(property);
  }

  /**
   * The impact of changing a top-level property from {@code before} to {@code after} (either may
   * be {@code null} when absent): {@link Impact#REPLACE} for a create-only property, {@link
   * Impact#MAY_REPLACE} when one side is an intrinsic function whose value is only known at
   * deploy time, {@link Impact#UPDATE} otherwise.
   */
  public static Impact impactOf(String type, String property, JsonNode before, JsonNode after) {
    if (!isCreateOnly(type, property)) {
      return Impact.UPDATE;
    }
    return containsIntrinsic(before) || containsIntrinsic(after) ? Impact.MAY_REPLACE : Impact.REPLACE;
  }

  /** Whether the value is or contains {@code Ref} or {@code Fn::…}. */
  static boolean containsIntrinsic(JsonNode node) {
    if (node == null) {
      return false;
    }
    if (node.isObject()) {
      var names = node.fieldNames();
      while (names.hasNext()) {
        String name = names.next();
        if (name.equals("Ref") || name.startsWith("Fn::") || containsIntrinsic(node.get(name))) {
          return true;
        }
      }
      return false;
    }
    if (node.isArray()) {
      for (JsonNode element : node) {
        if (containsIntrinsic(element)) {
          return true;
        }
      }
    }
    return false;
  }
}
