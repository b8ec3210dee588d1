package dev.airgap.maven.deploy;

/**
 * A stack set operation as {@code DescribeStackSetOperation} / {@code ListStackSetOperations}
 * report it.
 *
 * @param status {@code RUNNING}, {@code SUCCEEDED}, {@code FAILED}, {@code STOPPING}, {@code
 *     STOPPED}, {@code QUEUED} (facts §8.6)
 * @param action {@code CREATE}, {@code UPDATE}, {@code DELETE}, {@code DETECT_DRIFT}
 * @param failedInstances {@code StatusDetails.FailedStackInstancesCount}, 0 when absent
 */
public record OperationStatus(
    String operationId, String action, String status, int failedInstances) {
  public boolean isActive() {
    return status.equals("RUNNING") || status.equals("QUEUED") || status.equals("STOPPING");
  }

  /**
   * Succeeded and no instance failed (a tolerant operation can succeed with failures, facts §8.4).
   */
  public boolean isClean() {
    return status.equals("SUCCEEDED") && failedInstances == 0;
  }
}
