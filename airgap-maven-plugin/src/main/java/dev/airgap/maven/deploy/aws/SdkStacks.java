package dev.airgap.maven.deploy.aws;

import dev.airgap.maven.deploy.CloudCallException;
import dev.airgap.maven.deploy.ResourceDrift;
import dev.airgap.maven.deploy.StackState;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.ChangeSetType;
import software.amazon.awssdk.services.cloudformation.model.CloudFormationException;
import software.amazon.awssdk.services.cloudformation.model.DescribeChangeSetResponse;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.cloudformation.model.StackResourceDriftStatus;
import software.amazon.awssdk.services.cloudformation.model.TemplateStage;
import software.amazon.awssdk.services.cloudformation.waiters.CloudFormationWaiter;

/**
 * The management account's plain stacks over the AWS SDK, each in its own Region ({@code
 * regional}): change sets and the SDK's stack waiters, which stack sets do not have (facts §9).
 */
final class SdkStacks {
  private final Function<String, CloudFormationClient> regional;

  SdkStacks(Function<String, CloudFormationClient> regional) {
    this.regional = regional;
  }

  Optional<StackState> describeStack(String region, String name) {
    try {
      Stack s =
          SdkErrors.call(
              "DescribeStacks",
              () -> regional.apply(region).describeStacks(r -> r.stackName(name)).stacks().get(0));
      return Optional.of(toState(s));
    } catch (CloudCallException e) {
      if (e.kind() == CloudCallException.Kind.NOT_FOUND) {
        return Optional.empty();
      }
      throw e;
    }
  }

  private static StackState toState(Stack s) {
    Map<String, String> p = new TreeMap<>();
    s.parameters().forEach(x -> p.put(x.parameterKey(), nz(x.parameterValue())));
    return new StackState(s.stackName(), s.stackStatusAsString(), nz(s.stackStatusReason()), p);
  }

  String getTemplate(String region, String name) {
    return SdkErrors.call(
        "GetTemplate",
        () ->
            regional
                .apply(region)
                .getTemplate(r -> r.stackName(name).templateStage(TemplateStage.ORIGINAL))
                .templateBody());
  }

  boolean createChangeSet(
      String region,
      String stackName,
      String changeSetName,
      boolean createStack,
      String templateBody,
      Map<String, String> parameters,
      List<String> capabilities) {
    CloudFormationClient cfn = regional.apply(region);
    try {
      cfn.createChangeSet(
          r ->
              r.stackName(stackName)
                  .changeSetName(changeSetName)
                  .changeSetType(createStack ? ChangeSetType.CREATE : ChangeSetType.UPDATE)
                  .templateBody(templateBody)
                  .parameters(SdkRequests.parameters(parameters))
                  .capabilitiesWithStrings(capabilities));
    } catch (CloudFormationException e) {
      // moto answers an update without changes at once; AWS lets the change set fail (facts §9).
      if (noChanges(String.valueOf(e.getMessage()))) {
        return false;
      }
      throw SdkErrors.map("CreateChangeSet", e);
    }
    try {
      waiter(cfn)
          .waitUntilChangeSetCreateComplete(
              r -> r.stackName(stackName).changeSetName(changeSetName));
      return true;
    } catch (SdkClientException e) {
      DescribeChangeSetResponse d =
          SdkErrors.call(
              "DescribeChangeSet",
              () ->
                  cfn.describeChangeSet(r -> r.stackName(stackName).changeSetName(changeSetName)));
      if (noChanges(nz(d.statusReason()))) {
        // Only the empty change set we just made is removed; no resource is ever deleted.
        SdkErrors.run(
            "DeleteChangeSet",
            () -> cfn.deleteChangeSet(r -> r.stackName(stackName).changeSetName(changeSetName)));
        return false;
      }
      throw new CloudCallException(
          CloudCallException.Kind.INVALID,
          "CreateChangeSet",
          "FAILED",
          "",
          "change set " + changeSetName + " failed: " + nz(d.statusReason()),
          e);
    }
  }

  /**
   * Stack waiters that start polling after 1 s and back off to 15 s (the defaults wait 30 s between
   * polls, facts §9), for up to 2 hours.
   */
  private static CloudFormationWaiter waiter(CloudFormationClient cfn) {
    return CloudFormationWaiter.builder()
        .client(cfn)
        .overrideConfiguration(
            WaiterOverrideConfiguration.builder()
                .backoffStrategyV2(
                    BackoffStrategy.exponentialDelayWithoutJitter(
                        Duration.ofSeconds(1), Duration.ofSeconds(15)))
                .maxAttempts(500)
                .waitTimeout(Duration.ofHours(2))
                .build())
        .build();
  }

  private static boolean noChanges(String reason) {
    return reason.contains("didn't contain changes")
        || reason.contains("No updates are to be performed");
  }

  StackState executeChangeSet(String region, String stackName, String changeSetName) {
    CloudFormationClient cfn = regional.apply(region);
    boolean creating =
        describeStack(region, stackName)
            .map(s -> s.status().equals("REVIEW_IN_PROGRESS"))
            .orElse(true);
    SdkErrors.run(
        "ExecuteChangeSet",
        () -> cfn.executeChangeSet(r -> r.stackName(stackName).changeSetName(changeSetName)));
    try {
      if (creating) {
        waiter(cfn).waitUntilStackCreateComplete(r -> r.stackName(stackName));
      } else {
        waiter(cfn).waitUntilStackUpdateComplete(r -> r.stackName(stackName));
      }
    } catch (SdkClientException e) {
      // The waiter hit a failure state; the stack's status says which.
    }
    return describeStack(region, stackName)
        .orElseThrow(
            () ->
                new CloudCallException(
                    CloudCallException.Kind.NOT_FOUND,
                    "DescribeStacks",
                    "stack " + stackName + " vanished after ExecuteChangeSet"));
  }

  String detectStackDrift(String region, String name) {
    return SdkErrors.call(
        "DetectStackDrift",
        () ->
            regional
                .apply(region)
                .detectStackDrift(r -> r.stackName(name))
                .stackDriftDetectionId());
  }

  String stackDriftDetectionStatus(String region, String detectionId) {
    return SdkErrors.call(
        "DescribeStackDriftDetectionStatus",
        () ->
            regional
                .apply(region)
                .describeStackDriftDetectionStatus(r -> r.stackDriftDetectionId(detectionId))
                .detectionStatusAsString());
  }

  List<ResourceDrift> stackResourceDrifts(String region, String name) {
    return SdkErrors.call(
        "DescribeStackResourceDrifts",
        () ->
            regional
                .apply(region)
                .describeStackResourceDriftsPaginator(
                    r ->
                        r.stackName(name)
                            .stackResourceDriftStatusFilters(
                                StackResourceDriftStatus.MODIFIED,
                                StackResourceDriftStatus.DELETED))
                .stream()
                .flatMap(page -> page.stackResourceDrifts().stream())
                .map(
                    d ->
                        new ResourceDrift(
                            "",
                            region,
                            d.logicalResourceId(),
                            d.resourceType(),
                            d.stackResourceDriftStatusAsString()))
                .toList());
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
