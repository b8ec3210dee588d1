package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG4012: central.alerts.email is empty. */
public final class NoAlertEmail implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG4012",
          Severity.WARNING,
          "Tamper alerts should go to at least one e-mail address",
          "Without a subscriber, alerts on attempts to delete the vault, its policy or its "
              + "lock reach nobody (EventBridge and SNS tamper alerts; docs/aws-facts.md §7.1, §7.3).",
          "Add central.alerts.email with the address of the team that owns the backups.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    String p = "/central/alerts/email";
    if (context.isUsable(p) && model.central().alerts().emails().isEmpty()) {
      context.report(
          p,
          "no address is listed, so tamper alerts reach nobody",
          "add central.alerts.email: [security@example.com]");
    }
  }
}
