package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.validate.AwsFormats;
import dev.airgap.model.validate.ModelFields;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG1001: every account id of the model has 12 digits. */
public final class AccountIdFormat implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG1001",
          Severity.ERROR,
          "Account ids are 12 digits",
          "AWS Organizations account ids match ^\\d{12}$, leading zeros included; a shorter "
              + "or longer id names no account and fails at deploy time (Organizations API "
              + "AccountId; docs/aws-facts.md §1.1).",
          "Write the full 12-digit id in quotes, e.g. \"012345678901\".");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    for (ModelFields.Field field : ModelFields.accountIds(model, context)) {
      if (!AwsFormats.ACCOUNT_ID.matcher(field.value()).matches()) {
        context.report(
            field.pointer(),
            "'" + field.value() + "' is not an account id (12 digits)",
            "write all 12 digits in quotes, leading zeros included, e.g. \"012345678901\"");
      }
    }
  }
}
