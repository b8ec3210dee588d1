package dev.airgap.maven.deploy;

import dev.airgap.generator.manifest.DeploymentUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Starting and awaiting stack set operations (update, instances, drift detection) so that an
 * interrupted or repeated request never runs twice and never silently does nothing: deterministic
 * ids with the stack set's history, following an operation already started, waiting out another
 * one.
 */
final class StackSetOperations {
  private final StackSets stackSets;
  private final OperationPoller poller;
  private final RetryPolicy retry;
  private final Consumer<DeployEvent> events;

  StackSetOperations(
      StackSets stackSets,
      OperationPoller poller,
      RetryPolicy retry,
      Consumer<DeployEvent> events) {
    this.stackSets = stackSets;
    this.poller = poller;
    this.retry = retry;
    this.events = events;
  }

  /**
   * The stack set's operation history as one OperationId part, read just before an operation
   * starts. Template and parameters alone do not identify a request: T1 → T2 → T1 asks for T1
   * twice, and the second request must run, not "follow" the first (OperationIdAlreadyExists for a
   * finished id, facts §8.5). Every accepted operation joins the history, so the same id recurs
   * only for a request made from the same live state: a retry of one whose answer was lost, which
   * must not run twice.
   */
  String history(DeploymentUnit unit, CallAs callAs) {
    List<String> ids =
        retry.call(() -> stackSets.listOperations(unit.name(), callAs)).stream()
            .map(OperationStatus::operationId)
            .toList();
    return OperationIds.history(ids);
  }

  /**
   * Starts a stack set operation with a deterministic id. A reused id whose operation is running or
   * succeeded is followed, not repeated; one that failed is retried under the next attempt id (a
   * new id retries OUTDATED instances, facts §8.5). {@code OperationInProgressException} waits for
   * the running operations, then retries, a bounded number of times (facts §9).
   */
  String startOperation(
      DeploymentUnit unit, CallAs callAs, String baseId, Function<String, String> call) {
    int attempt = 1;
    int inProgress = 0;
    while (true) {
      String id = OperationIds.attempt(baseId, attempt);
      try {
        return retry.call(() -> call.apply(id));
      } catch (CloudCallException e) {
        switch (e.kind()) {
          case OPERATION_ID_EXISTS -> {
            Optional<OperationStatus> existing =
                retry.call(() -> stackSets.describeOperation(unit.name(), id, callAs));
            if (existing.isPresent() && (existing.get().isActive() || existing.get().isClean())) {
              info(
                  unit,
                  "operation "
                      + id
                      + " was started earlier ("
                      + existing.get().status()
                      + "); following it");
              return id;
            }
            if (++attempt > 10) {
              throw e;
            }
            info(
                unit,
                "operation "
                    + id
                    + " ended "
                    + existing.map(OperationStatus::status).orElse("unknown")
                    + "; retrying as "
                    + OperationIds.attempt(baseId, attempt));
          }
          case OPERATION_IN_PROGRESS -> {
            if (!retry.mayWaitForOperation(++inProgress)) {
              throw e;
            }
            List<OperationStatus> active =
                retry.call(() -> stackSets.listOperations(unit.name(), callAs)).stream()
                    .filter(OperationStatus::isActive)
                    .toList();
            if (active.isEmpty()) {
              retry.backOff(inProgress);
            }
            for (OperationStatus op : active) {
              info(
                  unit,
                  "waiting for operation "
                      + op.operationId()
                      + " ("
                      + op.action()
                      + " "
                      + op.status()
                      + ")");
              poller.await(unit.id(), unit.name(), op.operationId(), callAs, events);
            }
          }
          default -> throw e;
        }
      }
    }
  }

  void awaitClean(DeploymentUnit unit, String operationId, CallAs callAs) {
    OperationStatus end = poller.await(unit.id(), unit.name(), operationId, callAs, events);
    if (!end.isClean()) {
      // Both kinds of instance that did not get the change: FAILED ones, and those CANCELLED
      // because
      // the failure tolerance was exceeded in their Region or an earlier one (docs/deploy.md
      // "StackSets semantics").
      List<OperationResult> failed =
          new ArrayList<>(
              retry.call(
                  () ->
                      stackSets.listOperationResults(unit.name(), operationId, callAs, "FAILED")));
      int failedCount = failed.size();
      failed.addAll(
          retry.call(
              () -> stackSets.listOperationResults(unit.name(), operationId, callAs, "CANCELLED")));
      int cancelled = failed.size() - failedCount;
      String how =
          end.status().equals("SUCCEEDED")
              ? "SUCCEEDED within its failure tolerance, but "
                  + failedCount
                  + " account/region(s) failed"
              : end.status() + " with " + failedCount + " failed account/region(s)";
      throw new StackSetOperationFailed(
          "operation "
              + operationId
              + " ended "
              + how
              + (cancelled == 0 ? "" : " and " + cancelled + " cancelled"),
          failed);
    }
  }

  private void info(DeploymentUnit unit, String message) {
    events.accept(new DeployEvent.Info(unit.id(), message));
  }

  /**
   * An operation ended other than SUCCEEDED with no failed instance; what was deployed stays
   * deployed.
   */
  static final class StackSetOperationFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<OperationResult> failures;

    StackSetOperationFailed(String message, List<OperationResult> failures) {
      super(message);
      this.failures = List.copyOf(failures);
    }

    List<OperationResult> failures() {
      return failures;
    }
  }
}
