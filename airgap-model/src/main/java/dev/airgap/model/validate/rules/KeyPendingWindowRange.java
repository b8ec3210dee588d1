package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.KeySettings;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG3006: pendingWindowDays lies in 7..30. */
public final class KeyPendingWindowRange implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG3006",
          Severity.ERROR,
          "Key pendingWindowDays is between 7 and 30",
          "PendingWindowInDays of AWS::KMS::Key accepts 7 to 30 days (AWS::KMS::Key schema; "
              + "docs/aws-facts.md §5.2).",
          "Write a number from 7 to 30; 30 gives the longest chance to cancel a mistaken "
              + "deletion.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    check(context, "/central/key/pendingWindowDays", model.central().key());
    check(context, "/members/key/pendingWindowDays", model.members().key());
  }

  private static void check(RuleContext context, String pointer, KeySettings key) {
    int days = key.pendingWindowDays();
    if (context.isUsable(pointer) && (days < 7 || days > 30)) {
      context.report(
          pointer,
          "must be between 7 and 30 days (is " + days + ")",
          "30 days leaves the most time to cancel a scheduled key deletion");
    }
  }
}
