package dev.airgap.maven.deploy;

/** One account/Region result of a stack set operation ({@code ListStackSetOperationResults}). */
public record OperationResult(String account, String region, String status, String statusReason) {
  public boolean isDone() {
    return !status.equals("PENDING") && !status.equals("RUNNING");
  }
}
