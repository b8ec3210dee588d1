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
}
