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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.DeploymentTargets;
import software.amazon.awssdk.services.cloudformation.model.ManagedExecution;
import software.amazon.awssdk.services.cloudformation.model.OperationResultFilter;
import software.amazon.awssdk.services.cloudformation.model.OperationResultFilterName;
import software.amazon.awssdk.services.cloudformation.model.PermissionModels;
import software.amazon.awssdk.services.cloudformation.model.StackInstanceResourceDriftsSummary;
import software.amazon.awssdk.services.cloudformation.model.StackResourceDriftStatus;
import software.amazon.awssdk.services.cloudformation.model.StackSetOperation;

/**
 * {@link StackSets} over the AWS SDK. Stack sets live in the administrator Region ({@code admin});
 * every StackSet call passes CallAs (facts §8.7). The management account's plain stacks are {@link
 * SdkStacks}, in their own Region.
 */
public final class SdkStackSets implements StackSets {
  private final CloudFormationClient admin;
  private final SdkStacks stacks;

  public SdkStackSets(CloudFormationClient admin, Function<String, CloudFormationClient> regional) {
    this.admin = admin;
    this.stacks = new SdkStacks(regional);
  }

  @Override
  public Optional<StackSetState> describeStackSet(String name, CallAs callAs) {
    try {
      var s =
          SdkErrors.call(
              "DescribeStackSet",
              () ->
                  admin
                      .describeStackSet(r -> r.stackSetName(name).callAs(callAs.name()))
                      .stackSet());
      return Optional.of(
          new StackSetState(
              s.stackSetName(),
              s.templateBody() == null ? "" : s.templateBody(),
              SdkRequests.params(s.parameters()),
              s.permissionModelAsString() == null ? "" : s.permissionModelAsString(),
              s.statusAsString()));
    } catch (CloudCallException e) {
      if (e.kind() == CloudCallException.Kind.NOT_FOUND) {
        return Optional.empty();
      }
      throw e;
    }
  }

  @Override
  public void createStackSet(StackSetSpec spec, CallAs callAs, String clientRequestToken) {
    SdkErrors.run(
        "CreateStackSet",
        () ->
            admin.createStackSet(
                r -> {
                  r.stackSetName(spec.name())
                      .templateBody(spec.templateBody())
                      .parameters(SdkRequests.parameters(spec.parameters()))
                      .capabilitiesWithStrings(spec.capabilities())
                      .permissionModel(
                          spec.serviceManaged()
                              ? PermissionModels.SERVICE_MANAGED
                              : PermissionModels.SELF_MANAGED)
                      // facts §8.5: managed execution queues conflicting operations instead of
                      // failing them
                      .managedExecution(ManagedExecution.builder().active(true).build())
                      .callAs(callAs.name())
                      .clientRequestToken(clientRequestToken);
                  if (spec.serviceManaged()) {
                    r.autoDeployment(SdkRequests.autoDeployment(spec));
                  }
                }));
  }

  @Override
  public String updateStackSet(
      StackSetSpec spec, OperationPreferences preferences, CallAs callAs, String operationId) {
    return SdkErrors.call(
        "UpdateStackSet",
        () ->
            admin
                .updateStackSet(
                    r -> {
                      r.stackSetName(spec.name())
                          .templateBody(spec.templateBody())
                          .parameters(SdkRequests.parameters(spec.parameters()))
                          .capabilitiesWithStrings(spec.capabilities())
                          .managedExecution(ManagedExecution.builder().active(true).build())
                          .operationId(operationId)
                          .callAs(callAs.name());
                      if (!preferences.isEmpty()) {
                        r.operationPreferences(SdkRequests.preferences(preferences));
                      }
                      if (spec.serviceManaged()) {
                        r.autoDeployment(SdkRequests.autoDeployment(spec));
                      }
                    })
                .operationId());
  }

  @Override
  public List<StackInstance> listStackInstances(String name, CallAs callAs) {
    // The paginator fetches pages lazily: the stream must be consumed inside SdkErrors.call.
    return SdkErrors.call(
        "ListStackInstances",
        () ->
            admin
                .listStackInstancesPaginator(r -> r.stackSetName(name).callAs(callAs.name()))
                .summaries()
                .stream()
                .map(
                    s ->
                        new StackInstance(
                            s.account(),
                            s.region(),
                            SdkRequests.nz(s.organizationalUnitId()),
                            SdkRequests.nz(s.statusAsString()),
                            SdkRequests.nz(s.statusReason()),
                            SdkRequests.nz(s.driftStatusAsString())))
                .toList());
  }

  @Override
  public String createStackInstances(
      String name,
      InstanceTargets targets,
      List<String> regions,
      Map<String, String> parameterOverrides,
      OperationPreferences preferences,
      CallAs callAs,
      String operationId) {
    return SdkErrors.call(
        "CreateStackInstances",
        () ->
            admin
                .createStackInstances(
                    r -> {
                      r.stackSetName(name)
                          .regions(regions)
                          .operationId(operationId)
                          .callAs(callAs.name());
                      if (targets.serviceManaged()) {
                        DeploymentTargets.Builder t =
                            DeploymentTargets.builder()
                                .organizationalUnitIds(targets.organizationalUnits());
                        if (!targets.accounts().isEmpty()) {
                          t.accounts(targets.accounts());
                        }
                        t.accountFilterType(targets.accountFilterType());
                        r.deploymentTargets(t.build());
                      } else {
                        r.accounts(targets.accounts());
                      }
                      if (!preferences.isEmpty()) {
                        r.operationPreferences(SdkRequests.preferences(preferences));
                      }
                      if (!parameterOverrides.isEmpty()) {
                        r.parameterOverrides(SdkRequests.parameters(parameterOverrides));
                      }
                    })
                .operationId());
  }

  @Override
  public Optional<OperationStatus> describeOperation(
      String name, String operationId, CallAs callAs) {
    try {
      StackSetOperation o =
          SdkErrors.call(
              "DescribeStackSetOperation",
              () ->
                  admin
                      .describeStackSetOperation(
                          r -> r.stackSetName(name).operationId(operationId).callAs(callAs.name()))
                      .stackSetOperation());
      int failed =
          o.statusDetails() == null || o.statusDetails().failedStackInstancesCount() == null
              ? 0
              : o.statusDetails().failedStackInstancesCount();
      return Optional.of(
          new OperationStatus(
              o.operationId(),
              SdkRequests.nz(o.actionAsString()),
              SdkRequests.nz(o.statusAsString()),
              failed));
    } catch (CloudCallException e) {
      if (e.kind() == CloudCallException.Kind.NOT_FOUND) {
        return Optional.empty();
      }
      throw e;
    }
  }

  @Override
  public List<OperationStatus> listOperations(String name, CallAs callAs) {
    return SdkErrors.call(
        "ListStackSetOperations",
        () ->
            admin
                .listStackSetOperationsPaginator(r -> r.stackSetName(name).callAs(callAs.name()))
                .summaries()
                .stream()
                .map(
                    s ->
                        new OperationStatus(
                            s.operationId(),
                            SdkRequests.nz(s.actionAsString()),
                            SdkRequests.nz(s.statusAsString()),
                            s.statusDetails() == null
                                    || s.statusDetails().failedStackInstancesCount() == null
                                ? 0
                                : s.statusDetails().failedStackInstancesCount()))
                .toList());
  }

  @Override
  public List<OperationResult> listOperationResults(
      String name, String operationId, CallAs callAs, String onlyStatus) {
    return SdkErrors.call(
        "ListStackSetOperationResults",
        () ->
            admin
                .listStackSetOperationResultsPaginator(
                    r -> {
                      r.stackSetName(name).operationId(operationId).callAs(callAs.name());
                      if (!onlyStatus.isEmpty()) {
                        // facts §9: filter OPERATION_RESULT_STATUS on the server, not thousands of
                        // results here
                        r.filters(
                            OperationResultFilter.builder()
                                .name(OperationResultFilterName.OPERATION_RESULT_STATUS)
                                .values(onlyStatus)
                                .build());
                      }
                    })
                .summaries()
                .stream()
                .map(
                    s ->
                        new OperationResult(
                            SdkRequests.nz(s.account()),
                            SdkRequests.nz(s.region()),
                            SdkRequests.nz(s.statusAsString()),
                            SdkRequests.nz(s.statusReason())))
                .toList());
  }

  @Override
  public String detectStackSetDrift(
      String name, OperationPreferences preferences, CallAs callAs, String operationId) {
    return SdkErrors.call(
        "DetectStackSetDrift",
        () ->
            admin
                .detectStackSetDrift(
                    r -> {
                      r.stackSetName(name).operationId(operationId).callAs(callAs.name());
                      if (!preferences.isEmpty()) {
                        r.operationPreferences(SdkRequests.preferences(preferences));
                      }
                    })
                .operationId());
  }

  @Override
  public List<ResourceDrift> listInstanceResourceDrifts(
      String name, String account, String region, String operationId, CallAs callAs) {
    // The SDK has no paginator for ListStackInstanceResourceDrifts, so this one pages by hand.
    return SdkErrors.call(
        "ListStackInstanceResourceDrifts",
        () -> {
          List<ResourceDrift> out = new ArrayList<>();
          String token = null;
          do {
            String next = token;
            var page =
                admin.listStackInstanceResourceDrifts(
                    r ->
                        r.stackSetName(name)
                            .stackInstanceAccount(account)
                            .stackInstanceRegion(region)
                            .operationId(operationId)
                            .callAs(callAs.name())
                            .nextToken(next)
                            .stackInstanceResourceDriftStatuses(
                                StackResourceDriftStatus.MODIFIED,
                                StackResourceDriftStatus.DELETED));
            for (StackInstanceResourceDriftsSummary s : page.summaries()) {
              out.add(
                  new ResourceDrift(
                      account,
                      region,
                      s.logicalResourceId(),
                      s.resourceType(),
                      s.stackResourceDriftStatusAsString()));
            }
            token = page.nextToken();
          } while (token != null);
          return out;
        });
  }

  @Override
  public String organizationsAccess(CallAs callAs) {
    return SdkErrors.call(
        "DescribeOrganizationsAccess",
        () -> admin.describeOrganizationsAccess(r -> r.callAs(callAs.name())).statusAsString());
  }

  // ---- plain stacks: their own class, behind the same port

  @Override
  public Optional<StackState> describeStack(String region, String name) {
    return stacks.describeStack(region, name);
  }

  @Override
  public String getTemplate(String region, String name) {
    return stacks.getTemplate(region, name);
  }

  @Override
  public boolean createChangeSet(
      String region,
      String stackName,
      String changeSetName,
      boolean createStack,
      String templateBody,
      Map<String, String> parameters,
      List<String> capabilities) {
    return stacks.createChangeSet(
        region, stackName, changeSetName, createStack, templateBody, parameters, capabilities);
  }

  @Override
  public StackState executeChangeSet(String region, String stackName, String changeSetName) {
    return stacks.executeChangeSet(region, stackName, changeSetName);
  }

  @Override
  public String detectStackDrift(String region, String name) {
    return stacks.detectStackDrift(region, name);
  }

  @Override
  public String stackDriftDetectionStatus(String region, String detectionId) {
    return stacks.stackDriftDetectionStatus(region, detectionId);
  }

  @Override
  public List<ResourceDrift> stackResourceDrifts(String region, String name) {
    return stacks.stackResourceDrifts(region, name);
  }
}
