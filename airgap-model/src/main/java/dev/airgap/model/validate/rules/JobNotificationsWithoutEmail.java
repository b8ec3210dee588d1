package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG3102: central.alerts.jobNotifications is present but names no address. */
public final class JobNotificationsWithoutEmail implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG3102",
          Severity.WARNING,
          "Job notifications should go to at least one e-mail address",
          "Without a subscriber, the failed, aborted and expired jobs every member account forwards"
              + " reach the notifications topic and nobody reads them (docs/aws-facts.md §17).",
          "Add central.alerts.jobNotifications.email with the address of the team that runs the"
              + " backups, or subscribe your own endpoint to the topic outside airgap.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    String p = "/central/alerts/jobNotifications";
    model
        .central()
        .alerts()
        .jobNotifications()
        .filter(j -> j.emails().isEmpty() && context.isUsable(p))
        .ifPresent(
            j ->
                context.report(
                    context.isWritten(p + "/email") ? p + "/email" : p,
                    "no address is listed, so failed backup, copy and restore jobs reach nobody",
                    "add email: [backup-team@example.com]"));
  }
}
