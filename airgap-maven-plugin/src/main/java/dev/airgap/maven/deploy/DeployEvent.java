package dev.airgap.maven.deploy;

import java.time.Duration;

/** What the deployer reports while it works; the Mojo turns these into log lines (style.md §1). */
public sealed interface DeployEvent {
  String unitId();

  /** One line of text for the log. */
  String line();

  /** A stack set operation's progress: accounts (account/Region results) done out of total. */
  record Progress(
      String unitId,
      String action,
      String operationId,
      String status,
      int done,
      int total,
      Duration elapsed)
      implements DeployEvent {
    @Override
    public String line() {
      return unitId
          + ": "
          + action
          + " "
          + operationId
          + " "
          + status
          + " "
          + done
          + "/"
          + total
          + " accounts/regions done, "
          + elapsed.toSeconds()
          + "s";
    }
  }

  /** Something done or decided for a unit. */
  record Info(String unitId, String message) implements DeployEvent {
    @Override
    public String line() {
      return unitId + ": " + message;
    }
  }

  /**
   * A stack set operation ended: its final status and every account/Region result (read on the last
   * poll anyway), for the deploy report.
   */
  record OperationEnded(
      String unitId,
      String action,
      String operationId,
      String status,
      java.util.List<OperationResult> results,
      Duration elapsed)
      implements DeployEvent {
    public OperationEnded {
      results = java.util.List.copyOf(results);
    }

    @Override
    public String line() {
      long failed = results.stream().filter(r -> !r.status().equals("SUCCEEDED")).count();
      return unitId
          + ": "
          + action
          + " "
          + operationId
          + " "
          + status
          + " ("
          + (results.size() - failed)
          + " succeeded, "
          + failed
          + " not, of "
          + results.size()
          + " accounts/regions) in "
          + elapsed.toSeconds()
          + "s";
    }
  }

  /** The deployer starts ({@code started}) or ends work on a unit; timing for the report. */
  record UnitBoundary(String unitId, boolean started) implements DeployEvent {
    @Override
    public String line() {
      return unitId + (started ? ": started" : ": ended");
    }
  }
}
