package dev.airgap.maven.deploy;

import dev.airgap.generator.manifest.DeploymentUnit;
import dev.airgap.generator.manifest.DeploymentUnit.UnitKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Drift per unit: {@code DetectStackSetDrift} for stack sets, {@code DetectStackDrift} for stacks.
 * A unit the endpoint cannot check is reported "not checked", never "in sync".
 */
final class DriftDetector {
  private final StackSets stackSets;
  private final OperationPoller poller;
  private final RetryPolicy retry;
  private final StackSetOperations operations;
  private final Consumer<DeployEvent> events;

  DriftDetector(
      StackSets stackSets,
      OperationPoller poller,
      RetryPolicy retry,
      StackSetOperations operations,
      Consumer<DeployEvent> events) {
    this.stackSets = stackSets;
    this.poller = poller;
    this.retry = retry;
    this.operations = operations;
    this.events = events;
  }

  DriftReport drift(DeployInput input) {
    List<DriftReport.UnitDrift> result = new ArrayList<>();
    for (DeploymentUnit unit : input.manifest().units()) {
      try {
        result.add(
            unit.kind() == UnitKind.STACK ? stackDrift(unit) : stackSetDrift(unit, input.callAs()));
      } catch (CloudCallException e) {
        result.add(
            notChecked(
                unit,
                e.operation()
                    + " failed: "
                    + e.errorCode()
                    + (e.kind() == CloudCallException.Kind.UNAVAILABLE
                        ? " (the endpoint cannot answer it: emulator without drift support, or a service error)"
                        : "")));
      }
    }
    return new DriftReport(result);
  }

  private DriftReport.UnitDrift stackSetDrift(DeploymentUnit unit, CallAs callAs) {
    if (retry.call(() -> stackSets.describeStackSet(unit.name(), callAs)).isEmpty()) {
      return notDeployed(unit);
    }
    // Each detection is a new operation: a deterministic id would only find the previous detection.
    String id = OperationIds.of(unit.id(), "drift", UUID.randomUUID().toString());
    String started =
        operations.startOperation(
            unit,
            callAs,
            id,
            opId ->
                stackSets.detectStackSetDrift(
                    unit.name(),
                    OperationPreferences.from(unit.operationPreferences()),
                    callAs,
                    opId));
    poller.await(unit.id(), unit.name(), started, callAs, events);
    List<String> drifted = new ArrayList<>();
    List<ResourceDrift> resources = new ArrayList<>();
    for (StackInstance i : retry.call(() -> stackSets.listStackInstances(unit.name(), callAs))) {
      if (i.driftStatus().equals("DRIFTED")) {
        drifted.add(i.account() + "/" + i.region());
        resources.addAll(
            retry.call(
                () ->
                    stackSets.listInstanceResourceDrifts(
                        unit.name(), i.account(), i.region(), started, callAs)));
      }
    }
    return new DriftReport.UnitDrift(
        unit.id(),
        unit.name(),
        drifted.isEmpty() ? DriftReport.State.IN_SYNC : DriftReport.State.DRIFTED,
        drifted,
        resources,
        "");
  }

  private DriftReport.UnitDrift stackDrift(DeploymentUnit unit) {
    String region = LivePlanner.stackRegion(unit);
    if (retry.call(() -> stackSets.describeStack(region, unit.name())).isEmpty()) {
      return notDeployed(unit);
    }
    String detection = retry.call(() -> stackSets.detectStackDrift(region, unit.name()));
    String status;
    try {
      // The same backoff and timeout as a stack set operation: both are CloudFormation background
      // work.
      status =
          poller.until(
              () -> {
                String s = stackSets.stackDriftDetectionStatus(region, detection);
                return s.equals("DETECTION_IN_PROGRESS") ? Optional.empty() : Optional.of(s);
              },
              waited -> new OperationTimeoutException(unit.name(), detection, waited));
    } catch (OperationTimeoutException e) {
      status = "DETECTION_IN_PROGRESS after " + e.waited().toSeconds() + "s";
    }
    if (!status.equals("DETECTION_COMPLETE")) {
      return notChecked(unit, "stack drift detection " + status);
    }
    List<ResourceDrift> resources =
        retry.call(() -> stackSets.stackResourceDrifts(region, unit.name()));
    return new DriftReport.UnitDrift(
        unit.id(),
        unit.name(),
        resources.isEmpty() ? DriftReport.State.IN_SYNC : DriftReport.State.DRIFTED,
        List.of(),
        resources,
        "");
  }

  private static DriftReport.UnitDrift notDeployed(DeploymentUnit unit) {
    return new DriftReport.UnitDrift(
        unit.id(), unit.name(), DriftReport.State.NOT_DEPLOYED, List.of(), List.of(), "");
  }

  private static DriftReport.UnitDrift notChecked(DeploymentUnit unit, String reason) {
    return new DriftReport.UnitDrift(
        unit.id(), unit.name(), DriftReport.State.NOT_CHECKED, List.of(), List.of(), reason);
  }
}
