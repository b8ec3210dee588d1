package dev.airgap.maven.deploy.aws;

import dev.airgap.maven.deploy.CallAs;
import dev.airgap.maven.deploy.CloudCallException;
import dev.airgap.maven.deploy.InstanceTargets;
import dev.airgap.maven.deploy.OperationPreferences;
import dev.airgap.maven.deploy.OperationResult;
import dev.airgap.maven.deploy.OperationStatus;
import dev.airgap.maven.deploy.ResourceDrift;
import dev.airgap.maven.deploy.StackInstance;
import dev.airgap.maven.deploy.StackSetSpec;
import dev.airgap.maven.deploy.StackSetState;
import dev.airgap.maven.deploy.StackSets;
import dev.airgap.maven.deploy.StackState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.cloudformation.waiters.CloudFormationWaiter;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.AutoDeployment;
import software.amazon.awssdk.services.cloudformation.model.ChangeSetType;
import software.amazon.awssdk.services.cloudformation.model.CloudFormationException;
import software.amazon.awssdk.services.cloudformation.model.DeploymentTargets;
import software.amazon.awssdk.services.cloudformation.model.DescribeChangeSetResponse;
import software.amazon.awssdk.services.cloudformation.model.ListStackInstancesResponse;
import software.amazon.awssdk.services.cloudformation.model.ListStackSetOperationResultsResponse;
import software.amazon.awssdk.services.cloudformation.model.ListStackSetOperationsResponse;
import software.amazon.awssdk.services.cloudformation.model.ManagedExecution;
import software.amazon.awssdk.services.cloudformation.model.OperationResultFilter;
import software.amazon.awssdk.services.cloudformation.model.OperationResultFilterName;
import software.amazon.awssdk.services.cloudformation.model.Parameter;
import software.amazon.awssdk.services.cloudformation.model.PermissionModels;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.cloudformation.model.StackInstanceResourceDriftsSummary;
import software.amazon.awssdk.services.cloudformation.model.StackInstanceSummary;
import software.amazon.awssdk.services.cloudformation.model.StackResourceDrift;
import software.amazon.awssdk.services.cloudformation.model.StackResourceDriftStatus;
import software.amazon.awssdk.services.cloudformation.model.StackSetOperation;
import software.amazon.awssdk.services.cloudformation.model.StackSetOperationPreferences;
import software.amazon.awssdk.services.cloudformation.model.StackSetOperationResultSummary;
import software.amazon.awssdk.services.cloudformation.model.StackSetOperationSummary;
import software.amazon.awssdk.services.cloudformation.model.TemplateStage;

/**
 * {@link StackSets} over the AWS SDK. Stack sets live in the administrator Region ({@code admin});
 * the management stack in its own Region ({@code regional}). Every StackSet call passes CallAs
 * (facts §8.7).
 */
public final class SdkStackSets implements StackSets {
  private final CloudFormationClient admin;
  private final Function<String, CloudFormationClient> regional;

  public SdkStackSets(CloudFormationClient admin, Function<String, CloudFormationClient> regional) {
    this.admin = admin;
    this.regional = regional;
  }

  @Override
  public Optional<StackSetState> describeStackSet(String name, CallAs callAs) {
    try {
      var s = SdkErrors.call("DescribeStackSet", () -> admin.describeStackSet(r -> r.stackSetName(name).callAs(callAs.name())).stackSet());
      return Optional.of(new StackSetState(s.stackSetName(), s.templateBody() == null ? "" : s.templateBody(), params(s.parameters()),
          s.permissionModelAsString() == null ? "" : s.permissionModelAsString(), s.statusAsString()));
    } catch (CloudCallException e) {
      if (e.kind() == CloudCallException.Kind.NOT_FOUND) {
        return Optional.empty();
      }
      throw e;
    }
  }

  @Override
  public void createStackSet(StackSetSpec spec, CallAs callAs, String clientRequestToken) {
    SdkErrors.run("CreateStackSet", () -> admin.createStackSet(r -> {
      r.stackSetName(spec.name())
          .templateBody(spec.templateBody())
          .parameters(parameters(spec.parameters()))
          .capabilitiesWithStrings(spec.capabilities())
          .permissionModel(spec.serviceManaged() ? PermissionModels.SERVICE_MANAGED : PermissionModels.SELF_MANAGED)
          // facts §8.5: managed execution queues conflicting operations instead of failing them
          .managedExecution(ManagedExecution.builder().active(true).build())
          .callAs(callAs.name())
          .clientRequestToken(clientRequestToken);
      if (spec.serviceManaged()) {
        r.autoDeployment(autoDeployment(spec));
      }
    }));
  }

  private static AutoDeployment autoDeployment(StackSetSpec spec) {
    // facts §8.3: RetainStacksOnAccountRemoval only with Enabled; keeps resources of accounts that leave.
    return spec.autoDeployment()
        ? AutoDeployment.builder().enabled(true).retainStacksOnAccountRemoval(true).build()
        : AutoDeployment.builder().enabled(false).build();
  }

  @Override
  public String updateStackSet(StackSetSpec spec, OperationPreferences preferences, CallAs callAs, String operationId) {
    return SdkErrors.call("UpdateStackSet", () -> admin.updateStackSet(r -> {
      r.stackSetName(spec.name())
          .templateBody(spec.templateBody())
          .parameters(parameters(spec.parameters()))
          .capabilitiesWithStrings(spec.capabilities())
          .managedExecution(ManagedExecution.builder().active(true).build())
          .operationId(operationId)
          .callAs(callAs.name());
      if (!preferences.isEmpty()) {
        r.operationPreferences(preferences(preferences));
      }
      if (spec.serviceManaged()) {
        r.autoDeployment(autoDeployment(spec));
      }
    }).operationId());
  }

  @Override
  public List<StackInstance> listStackInstances(String name, CallAs callAs) {
    return SdkErrors.call("ListStackInstances", () -> {
      List<StackInstance> out = new ArrayList<>();
      String token = null;
      do {
        String next = token;
        ListStackInstancesResponse page = admin.listStackInstances(r -> r.stackSetName(name).callAs(callAs.name()).nextToken(next));
        for (StackInstanceSummary s : page.summaries()) {
          out.add(new StackInstance(s.account(), s.region(), nz(s.organizationalUnitId()), nz(s.statusAsString()),
              nz(s.statusReason()), nz(s.driftStatusAsString())));
        }
        token = page.nextToken();
      } while (token != null);
      return out;
    });
  }

  @Override
  public String createStackInstances(String name, InstanceTargets targets, List<String> regions, OperationPreferences preferences,
      CallAs callAs, String operationId) {
    return SdkErrors.call("CreateStackInstances", () -> admin.createStackInstances(r -> {
      r.stackSetName(name).regions(regions).operationId(operationId).callAs(callAs.name());
      if (targets.serviceManaged()) {
        DeploymentTargets.Builder t = DeploymentTargets.builder().organizationalUnitIds(targets.organizationalUnits());
        if (!targets.accounts().isEmpty()) {
          t.accounts(targets.accounts());
        }
        t.accountFilterType(targets.accountFilterType());
        r.deploymentTargets(t.build());
      } else {
        r.accounts(targets.accounts());
      }
      if (!preferences.isEmpty()) {
        r.operationPreferences(preferences(preferences));
      }
    }).operationId());
  }

  @Override
  public Optional<OperationStatus> describeOperation(String name, String operationId, CallAs callAs) {
    try {
      StackSetOperation o = SdkErrors.call("DescribeStackSetOperation",
          () -> admin.describeStackSetOperation(r -> r.stackSetName(name).operationId(operationId).callAs(callAs.name())).stackSetOperation());
      int failed = o.statusDetails() == null || o.statusDetails().failedStackInstancesCount() == null
          ? 0 : o.statusDetails().failedStackInstancesCount();
      return Optional.of(new OperationStatus(o.operationId(), nz(o.actionAsString()), nz(o.statusAsString()), failed));
    } catch (CloudCallException e) {
      if (e.kind() == CloudCallException.Kind.NOT_FOUND) {
        return Optional.empty();
      }
      throw e;
    }
  }

  @Override
  public List<OperationStatus> listOperations(String name, CallAs callAs) {
    return SdkErrors.call("ListStackSetOperations", () -> {
      List<OperationStatus> out = new ArrayList<>();
      String token = null;
      do {
        String next = token;
        ListStackSetOperationsResponse page = admin.listStackSetOperations(r -> r.stackSetName(name).callAs(callAs.name()).nextToken(next));
        for (StackSetOperationSummary s : page.summaries()) {
          int failed = s.statusDetails() == null || s.statusDetails().failedStackInstancesCount() == null
              ? 0 : s.statusDetails().failedStackInstancesCount();
          out.add(new OperationStatus(s.operationId(), nz(s.actionAsString()), nz(s.statusAsString()), failed));
        }
        token = page.nextToken();
      } while (token != null);
      return out;
    });
  }

  @Override
  public List<OperationResult> listOperationResults(String name, String operationId, CallAs callAs, String onlyStatus) {
    return SdkErrors.call("ListStackSetOperationResults", () -> {
      List<OperationResult> out = new ArrayList<>();
      String token = null;
      do {
        String next = token;
        ListStackSetOperationResultsResponse page = admin.listStackSetOperationResults(r -> {
          r.stackSetName(name).operationId(operationId).callAs(callAs.name()).nextToken(next);
          if (!onlyStatus.isEmpty()) {
            // facts §9: filter OPERATION_RESULT_STATUS on the server, not thousands of results here
            r.filters(OperationResultFilter.builder().name(OperationResultFilterName.OPERATION_RESULT_STATUS).values(onlyStatus).build());
          }
        });
        for (StackSetOperationResultSummary s : page.summaries()) {
          out.add(new OperationResult(nz(s.account()), nz(s.region()), nz(s.statusAsString()), nz(s.statusReason())));
        }
        token = page.nextToken();
      } while (token != null);
      return out;
    });
  }

  @Override
  public String detectStackSetDrift(String name, OperationPreferences preferences, CallAs callAs, String operationId) {
    return SdkErrors.call("DetectStackSetDrift", () -> admin.detectStackSetDrift(r -> {
      r.stackSetName(name).operationId(operationId).callAs(callAs.name());
      if (!preferences.isEmpty()) {
        r.operationPreferences(preferences(preferences));
      }
    }).operationId());
  }

  @Override
  public List<ResourceDrift> listInstanceResourceDrifts(String name, String account, String region, String operationId, CallAs callAs) {
    return SdkErrors.call("ListStackInstanceResourceDrifts", () -> {
      List<ResourceDrift> out = new ArrayList<>();
      String token = null;
      do {
        String next = token;
        var page = admin.listStackInstanceResourceDrifts(r -> r.stackSetName(name).stackInstanceAccount(account)
            .stackInstanceRegion(region).operationId(operationId).callAs(callAs.name()).nextToken(next)
            .stackInstanceResourceDriftStatuses(StackResourceDriftStatus.MODIFIED, StackResourceDriftStatus.DELETED));
        for (StackInstanceResourceDriftsSummary s : page.summaries()) {
          out.add(new ResourceDrift(account, region, s.logicalResourceId(), s.resourceType(), s.stackResourceDriftStatusAsString()));
        }
        token = page.nextToken();
      } while (token != null);
      return out;
    });
  }

  @Override
  public String organizationsAccess(CallAs callAs) {
    return SdkErrors.call("DescribeOrganizationsAccess", () -> admin.describeOrganizationsAccess(r -> r.callAs(callAs.name())).statusAsString());
  }

  // ---- stacks

  @Override
  public Optional<StackState> describeStack(String region, String name) {
    try {
      Stack s = SdkErrors.call("DescribeStacks", () -> regional.apply(region).describeStacks(r -> r.stackName(name)).stacks().get(0));
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

  @Override
  public String getTemplate(String region, String name) {
    return SdkErrors.call("GetTemplate",
        () -> regional.apply(region).getTemplate(r -> r.stackName(name).templateStage(TemplateStage.ORIGINAL)).templateBody());
  }

  @Override
  public boolean createChangeSet(String region, String stackName, String changeSetName, boolean createStack, String templateBody,
      Map<String, String> parameters, List<String> capabilities) {
    CloudFormationClient cfn = regional.apply(region);
    try {
      cfn.createChangeSet(r -> r.stackName(stackName)
          .changeSetName(changeSetName)
          .changeSetType(createStack ? ChangeSetType.CREATE : ChangeSetType.UPDATE)
          .templateBody(templateBody)
          .parameters(parameters(parameters))
          .capabilitiesWithStrings(capabilities));
    } catch (CloudFormationException e) {
      // moto answers an update without changes at once; AWS lets the change set fail (facts §9).
      if (noChanges(String.valueOf(e.getMessage()))) {
        return false;
      }
      throw SdkErrors.map("CreateChangeSet", e);
    }
    try {
      waiter(cfn).waitUntilChangeSetCreateComplete(r -> r.stackName(stackName).changeSetName(changeSetName));
      return true;
    } catch (SdkClientException e) {
      DescribeChangeSetResponse d = SdkErrors.call("DescribeChangeSet",
          () -> cfn.describeChangeSet(r -> r.stackName(stackName).changeSetName(changeSetName)));
      if (noChanges(nz(d.statusReason()))) {
        // Only the empty change set we just made is removed; no resource is ever deleted.
        SdkErrors.run("DeleteChangeSet", () -> cfn.deleteChangeSet(r -> r.stackName(stackName).changeSetName(changeSetName)));
        return false;
      }
      throw new CloudCallException(CloudCallException.Kind.INVALID, "CreateChangeSet", "FAILED", "",
          "change set " + changeSetName + " failed: " + nz(d.statusReason()), e);
    }
  }

  /**
   * Stack waiters that start polling after 1 s and back off to 15 s (the defaults wait 30 s between
   * polls, facts §9), for up to 2 hours.
   */
  private static CloudFormationWaiter waiter(CloudFormationClient cfn) {
    return CloudFormationWaiter.builder()
        .client(cfn)
        .overrideConfiguration(WaiterOverrideConfiguration.builder()
            .backoffStrategyV2(BackoffStrategy.exponentialDelayWithoutJitter(Duration.ofSeconds(1), Duration.ofSeconds(15)))
            .maxAttempts(500)
            .waitTimeout(Duration.ofHours(2))
            .build())
        .build();
  }

  private static boolean noChanges(String reason) {
    return reason.contains("didn't contain changes") || reason.contains("No updates are to be performed");
  }

  @Override
  public StackState executeChangeSet(String region, String stackName, String changeSetName) {
    CloudFormationClient cfn = regional.apply(region);
    boolean creating = describeStack(region, stackName).map(s -> s.status().equals("REVIEW_IN_PROGRESS")).orElse(true);
    SdkErrors.run("ExecuteChangeSet", () -> cfn.executeChangeSet(r -> r.stackName(stackName).changeSetName(changeSetName)));
    try {
      if (creating) {
        waiter(cfn).waitUntilStackCreateComplete(r -> r.stackName(stackName));
      } else {
        waiter(cfn).waitUntilStackUpdateComplete(r -> r.stackName(stackName));
      }
    } catch (SdkClientException e) {
      // The waiter hit a failure state; the stack's status says which.
    }
    return describeStack(region, stackName).orElseThrow(() -> new CloudCallException(CloudCallException.Kind.NOT_FOUND,
        "DescribeStacks", "stack " + stackName + " vanished after ExecuteChangeSet"));
  }

  @Override
  public String detectStackDrift(String region, String name) {
    return SdkErrors.call("DetectStackDrift", () -> regional.apply(region).detectStackDrift(r -> r.stackName(name)).stackDriftDetectionId());
  }

  @Override
  public String stackDriftDetectionStatus(String region, String detectionId) {
    return SdkErrors.call("DescribeStackDriftDetectionStatus", () -> regional.apply(region)
        .describeStackDriftDetectionStatus(r -> r.stackDriftDetectionId(detectionId)).detectionStatusAsString());
  }

  @Override
  public List<ResourceDrift> stackResourceDrifts(String region, String name) {
    return SdkErrors.call("DescribeStackResourceDrifts", () -> {
      List<ResourceDrift> out = new ArrayList<>();
      String token = null;
      do {
        String next = token;
        var page = regional.apply(region).describeStackResourceDrifts(r -> r.stackName(name).nextToken(next)
            .stackResourceDriftStatusFilters(StackResourceDriftStatus.MODIFIED, StackResourceDriftStatus.DELETED));
        for (StackResourceDrift d : page.stackResourceDrifts()) {
          out.add(new ResourceDrift("", region, d.logicalResourceId(), d.resourceType(), d.stackResourceDriftStatusAsString()));
        }
        token = page.nextToken();
      } while (token != null);
      return out;
    });
  }

  // ---- mapping

  private static List<Parameter> parameters(Map<String, String> values) {
    List<Parameter> out = new ArrayList<>();
    new TreeMap<>(values).forEach((k, v) -> out.add(Parameter.builder().parameterKey(k).parameterValue(v).build()));
    return out;
  }

  private static Map<String, String> params(List<Parameter> values) {
    Map<String, String> out = new TreeMap<>();
    values.forEach(p -> out.put(p.parameterKey(), nz(p.parameterValue())));
    return out;
  }

  static StackSetOperationPreferences preferences(OperationPreferences p) {
    StackSetOperationPreferences.Builder b = StackSetOperationPreferences.builder();
    p.regionConcurrencyType().ifPresent(b::regionConcurrencyType);
    if (!p.regionOrder().isEmpty()) {
      b.regionOrder(p.regionOrder());
    }
    p.failureToleranceCount().ifPresent(b::failureToleranceCount);
    p.failureTolerancePercentage().ifPresent(b::failureTolerancePercentage);
    p.maxConcurrentCount().ifPresent(b::maxConcurrentCount);
    p.maxConcurrentPercentage().ifPresent(b::maxConcurrentPercentage);
    p.concurrencyMode().ifPresent(b::concurrencyMode);
    return b.build();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
