package dev.airgap.generator.policy;

import dev.airgap.generator.resolve.PrincipalClasses;
import dev.airgap.generator.resolve.ResolvedModel;
import dev.airgap.model.AirGapModel;
import dev.airgap.model.Evidence;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Where the evidence bucket is (evidence.reports): the central account, or the audit account {@code
 * bucketAccount} names. In an audit account the bucket brings its own alert topic and tamper rule,
 * since EventBridge rules see only the events of their own account and Region, and a service
 * control policy of its own, since the central account's does not bind that account's root
 * (docs/aws-facts.md §19.4).
 */
public final class EvidenceAccount {
  private EvidenceAccount() {}

  /** The account of the bucket. */
  public static String account(AirGapModel model) {
    return model.reports().orElseThrow().bucketAccountOr(model.central().account());
  }

  /** Whether the bucket is in an audit account, not in the central account. */
  public static boolean remote(AirGapModel model) {
    return model.reports().isPresent() && !account(model).equals(model.central().account());
  }

  /** The Region of the bucket and the report plans: the first central Region. */
  public static String region(AirGapModel model) {
    return new TreeSet<>(model.central().regions()).first();
  }

  public static String bucketName(AirGapModel model) {
    return Evidence.bucketName(model.deploy().stackSetNamePrefix(), account(model), region(model));
  }

  /** The bucket and its objects, as an SCP names them. */
  public static List<String> bucketArns(AirGapModel model) {
    String bucket =
        "arn:" + model.organization().partition().yamlName() + ":s3:::" + bucketName(model);
    return List.of(bucket, bucket + "/*");
  }

  /** The name of the tamper rule, in whichever account the bucket is. */
  public static String tamperRuleName(AirGapModel model) {
    return model.deploy().stackSetNamePrefix() + "-evidence-tamper";
  }

  /** The audit account's own alert topic. */
  public static String topicName(AirGapModel model) {
    return model.deploy().stackSetNamePrefix() + "-evidence-alerts";
  }

  /** The audit account's OU, which a service-managed stack set targets. */
  public static Optional<String> organizationalUnit(AirGapModel model) {
    return model.reports().flatMap(Evidence.Reports::bucketOrganizationalUnit);
  }

  /**
   * The roles that deploy the bucket's stack in the audit account: the StackSet execution role
   * there (a pattern when service-managed) and {@code deploy.roleArn} when set.
   */
  public static List<String> deployRoles(AirGapModel model) {
    PrincipalClasses classes = ResolvedModel.of(model).principals();
    TreeSet<String> out =
        new TreeSet<>(
            List.of(
                Arns.role(
                    model.organization().partition().yamlName(),
                    account(model),
                    classes.executionRoleName())));
    classes.deployRoleArn().ifPresent(out::add);
    return List.copyOf(out);
  }
}
