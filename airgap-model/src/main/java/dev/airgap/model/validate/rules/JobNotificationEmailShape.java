package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.JobNotifications;
import dev.airgap.model.validate.AwsFormats;
import dev.airgap.model.validate.ModelFields;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;
import java.util.List;

/** AG3101: every central.alerts.jobNotifications.email entry looks like an e-mail address. */
public final class JobNotificationEmailShape implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG3101",
          Severity.ERROR,
          "Job notification e-mails are e-mail addresses",
          "Each address becomes an SNS e-mail subscription of the job notifications topic; a malformed"
              + " one fails the subscription, and failed backups reach nobody (AWS::SNS::Subscription;"
              + " docs/aws-facts.md §7.3, §17).",
          "Write addresses as name@example.com, one per list entry.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    List<String> emails =
        model.central().alerts().jobNotifications().map(JobNotifications::emails).orElse(List.of());
    for (ModelFields.Field f :
        ModelFields.entries(context, "/central/alerts/jobNotifications/email", emails)) {
      if (!AwsFormats.EMAIL.matcher(f.value()).matches()) {
        context.report(
            f.pointer(), "'" + f.value() + "' is not an e-mail address", "write name@example.com");
      }
    }
  }
}
