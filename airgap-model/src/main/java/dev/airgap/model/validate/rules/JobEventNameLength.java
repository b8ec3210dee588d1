package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/**
 * AG3103: the job notification names, {@code <stackSetNamePrefix>-backup-job-notifications} (the
 * central rule) the longest, fit EventBridge's 64 characters for rule names and IAM's 64 for the
 * forwarder role (docs/aws-facts.md §15.2, §17.2).
 */
public final class JobEventNameLength implements Rule {
  /** The longest generated name suffix after the prefix (a rule name). */
  static final String LONGEST_SUFFIX = "-backup-job-notifications";

  private static final RuleInfo INFO =
      new RuleInfo(
          "AG3103",
          Severity.ERROR,
          "The job notification rule and role names fit 64 characters",
          "airgap names the member forwarding rule <deploy.stackSetNamePrefix>-backup-job-forwarding,"
              + " its role -backup-job-forwarder and the central rule -backup-job-notifications;"
              + " EventBridge rejects a rule name and IAM a role name longer than 64 characters, so"
              + " the stacks would fail after the model validated (PutRule Name; docs/aws-facts.md"
              + " §15.2, §17.2).",
          "Shorten deploy.stackSetNamePrefix to at most "
              + (64 - LONGEST_SUFFIX.length())
              + " characters, or remove central.alerts.jobNotifications.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    String p = "/deploy/stackSetNamePrefix";
    if (model.central().alerts().jobNotifications().isEmpty() || !context.isUsable(p)) {
      return;
    }
    String name = model.deploy().stackSetNamePrefix() + LONGEST_SUFFIX;
    if (name.length() > 64) {
      context.report(
          p,
          "makes the job notification rule name '"
              + name
              + "' "
              + name.length()
              + " characters long; EventBridge allows 64",
          "use a prefix of at most " + (64 - LONGEST_SUFFIX.length()) + " characters");
    }
  }
}
