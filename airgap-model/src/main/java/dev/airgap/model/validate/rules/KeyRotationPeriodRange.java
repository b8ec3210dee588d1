package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.KeySettings;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG3007: rotationPeriodDays lies in 90..2,560. */
public final class KeyRotationPeriodRange implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG3007",
          Severity.ERROR,
          "Key rotationPeriodDays is between 90 and 2,560",
          "RotationPeriodInDays of AWS::KMS::Key accepts 90 to 2,560 days (AWS KMS API "
              + "EnableKeyRotation; AWS::KMS::Key schema; docs/aws-facts.md §5.2).",
          "Write a number from 90 to 2560; 365 is the AWS default.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    check(context, "/central/key/rotationPeriodDays", model.central().key());
    check(context, "/members/key/rotationPeriodDays", model.members().key());
  }

  private static void check(RuleContext context, String pointer, KeySettings key) {
    int days = key.rotationPeriodDays();
    if (context.isUsable(pointer) && (days < 90 || days > 2560)) {
      context.report(
          pointer, "must be between 90 and 2560 days (is " + days + ")", "365 is the AWS default");
    }
  }
}
