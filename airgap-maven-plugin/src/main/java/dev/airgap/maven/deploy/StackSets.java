package dev.airgap.maven.deploy;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * CloudFormation, as the deployer needs it: stack sets (every call takes {@link CallAs}, facts
 * §8.7) and the plain stack of the management unit. Implemented over the SDK by {@code
 * SdkStackSets} and in memory by the test fake. Failures are {@link CloudCallException}s.
 */
public interface StackSets {

  /** {@code DescribeStackSet}; empty when it does not exist. */
  Optional<StackSetState> describeStackSet(String name, CallAs callAs);

  /** {@code CreateStackSet} with managed execution active; not an operation (no OperationId). */
  void createStackSet(StackSetSpec spec, CallAs callAs, String clientRequestToken);

  /** {@code UpdateStackSet} of every instance; returns the OperationId the service reports. */
  String updateStackSet(
      StackSetSpec spec, OperationPreferences preferences, CallAs callAs, String operationId);

  /** {@code ListStackInstances}, every page. */
  List<StackInstance> listStackInstances(String name, CallAs callAs);

  /**
   * {@code CreateStackInstances}; returns the OperationId the service reports. {@code
   * parameterOverrides} (empty for none) replace stack set parameter values in these instances.
   */
  String createStackInstances(
      String name,
      InstanceTargets targets,
      List<String> regions,
      Map<String, String> parameterOverrides,
      OperationPreferences preferences,
      CallAs callAs,
      String operationId);

  /** {@code DescribeStackSetOperation}; empty when there is no such operation. */
  Optional<OperationStatus> describeOperation(String name, String operationId, CallAs callAs);

  /** {@code ListStackSetOperations}, every page. */
  List<OperationStatus> listOperations(String name, CallAs callAs);

  /**
   * {@code ListStackSetOperationResults}, every page; {@code onlyStatus} filters on the server
   * ({@code FAILED}, {@code CANCELLED}, …; facts §9), empty for all.
   */
  List<OperationResult> listOperationResults(
      String name, String operationId, CallAs callAs, String onlyStatus);

  /** {@code DetectStackSetDrift}; returns the OperationId. */
  String detectStackSetDrift(
      String name, OperationPreferences preferences, CallAs callAs, String operationId);

  /**
   * {@code ListStackInstanceResourceDrifts} for one drifted instance, only MODIFIED and DELETED.
   */
  List<ResourceDrift> listInstanceResourceDrifts(
      String name, String account, String region, String operationId, CallAs callAs);

  /**
   * CloudFormation {@code DescribeOrganizationsAccess}: {@code ENABLED} or {@code DISABLED} (facts
   * §8.7).
   */
  String organizationsAccess(CallAs callAs);

  // ---- plain stacks (management unit) ----

  /** {@code DescribeStacks}; empty when it does not exist. */
  Optional<StackState> describeStack(String region, String name);

  /** {@code GetTemplate} (stage Original). */
  String getTemplate(String region, String name);

  /**
   * {@code CreateChangeSet} and wait until it is ready. Returns false when it has no changes (facts
   * §9), after removing the empty change set.
   */
  boolean createChangeSet(
      String region,
      String stackName,
      String changeSetName,
      boolean createStack,
      String templateBody,
      Map<String, String> parameters,
      List<String> capabilities);

  /** {@code ExecuteChangeSet}, then wait for the stack to settle; returns its final state. */
  StackState executeChangeSet(String region, String stackName, String changeSetName);

  /** {@code DetectStackDrift}; returns the detection id. */
  String detectStackDrift(String region, String name);

  /**
   * {@code DescribeStackDriftDetectionStatus}: {@code DETECTION_IN_PROGRESS}, {@code
   * DETECTION_COMPLETE}, {@code DETECTION_FAILED}.
   */
  String stackDriftDetectionStatus(String region, String detectionId);

  /** {@code DescribeStackResourceDrifts}, only MODIFIED and DELETED. */
  List<ResourceDrift> stackResourceDrifts(String region, String name);
}
