package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.validate.AwsFormats;
import dev.airgap.model.validate.ModelFields;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG4011: every central.alerts.email entry looks like an e-mail address. */
public final class AlertEmailShape implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG4011",
          Severity.ERROR,
          "Alert e-mails are e-mail addresses",
          "Each address becomes an SNS e-mail subscription of the tamper-alert topic; a "
              + "malformed one fails the subscription, and the alerts reach nobody "
              + "(AWS::SNS::Subscription; docs/aws-facts.md §7.3).",
          "Write addresses as name@example.com, one per list entry.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    for (ModelFields.Field f :
        ModelFields.entries(context, "/central/alerts/email", model.central().alerts().emails())) {
      if (!AwsFormats.EMAIL.matcher(f.value()).matches()) {
        context.report(
            f.pointer(), "'" + f.value() + "' is not an e-mail address", "write name@example.com");
      }
    }
  }
}
