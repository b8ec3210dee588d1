package dev.airgap.generator.policy;

import dev.airgap.model.AirGapModel;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * Literal ARNs for policy documents (docs/aws-facts.md §1.3). Organizations policies are plain
 * JSON, so the partition comes from the model rather than from {@code AWS::Partition}; an
 * organization never spans partitions (docs/aws-facts.md §1.4).
 */
public final class Arns {
  private Arns() {}

  /** {@code arn:<partition>:backup:<region>:<account>:backup-vault:<name>} (standard and LAG). */
  public static String backupVault(String partition, String region, String account, String name) {
    return "arn:" + partition + ":backup:" + region + ":" + account + ":backup-vault:" + name;
  }

  /** Every AWS Backup recovery point of an account in a region. */
  public static String recoveryPoints(String partition, String region, String account) {
    return "arn:" + partition + ":backup:" + region + ":" + account + ":recovery-point:*";
  }

  /** {@code arn:<partition>:iam::<account>:role/<name>}; {@code name} may be a pattern. */
  public static String role(String partition, String account, String name) {
    return "arn:" + partition + ":iam::" + account + ":role/" + name;
  }

  /** The central vault ARN of each central region, regions sorted. */
  public static Map<String, String> centralVaults(AirGapModel model) {
    String partition = model.organization().partition().yamlName();
    Map<String, String> arns = new LinkedHashMap<>();
    for (String region : new TreeSet<>(model.central().regions())) {
      arns.put(
          region,
          backupVault(
              partition, region, model.central().account(), model.central().vault().name()));
    }
    return Collections.unmodifiableMap(arns);
  }

  /**
   * The role CloudFormation StackSets uses in the central account: {@code stacksets-exec-*} for
   * service-managed stack sets (the suffix is a hash AWS chooses, docs/aws-facts.md §1.3), {@code
   * AWSCloudFormationStackSetExecutionRole} for self-managed ones.
   */
  public static String centralExecutionRole(AirGapModel model) {
    return dev.airgap.generator.resolve.PrincipalClasses.of(model).executionRoleArn();
  }
}
