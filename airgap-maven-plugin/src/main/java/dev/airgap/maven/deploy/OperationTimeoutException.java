package dev.airgap.maven.deploy;

import java.time.Duration;

/**
 * A stack set operation did not finish in time; it keeps running in AWS and a re-run follows it.
 */
public final class OperationTimeoutException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String stackSetName;
  private final String operationId;
  private final Duration waited;

  public OperationTimeoutException(String stackSetName, String operationId, Duration waited) {
    super(
        "operation "
            + operationId
            + " on "
            + stackSetName
            + " still running after "
            + waited.toSeconds()
            + "s");
    this.stackSetName = stackSetName;
    this.operationId = operationId;
    this.waited = waited;
  }

  public String stackSetName() {
    return stackSetName;
  }

  public String operationId() {
    return operationId;
  }

  public Duration waited() {
    return waited;
  }
}
