package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.Evidence;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG4307: bucketOrganizationalUnit belongs to an audit account named in bucketAccount. */
public final class EvidenceBucketOuWithoutAccount implements Rule {
  static final String P = "/evidence/reports/bucketOrganizationalUnit";

  private static final RuleInfo INFO =
      new RuleInfo(
          "AG4307",
          Severity.ERROR,
          "The evidence bucket's OU comes with an audit account",
          "bucketOrganizationalUnit narrows the evidence bucket's stack set to bucketAccount"
              + " (INTERSECTION, docs/aws-facts.md §8.3); without"
              + " an audit account the bucket is in the central account, whose OU is"
              + " central.organizationalUnit.",
          "Add evidence.reports.bucketAccount, or remove bucketOrganizationalUnit.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    if (model.reports().isEmpty()
        || !context.isUsable(P)
        || !context.isUsable(EvidenceBucketInManagement.P)) {
      return;
    }
    Evidence.Reports r = model.reports().get();
    if (r.bucketOrganizationalUnit().isPresent()
        && r.bucketAccount().filter(a -> !a.equals(model.central().account())).isEmpty()) {
      context.report(
          P,
          "is set, but no audit account is: the bucket is in the central account",
          "add bucketAccount, or remove bucketOrganizationalUnit");
    }
  }
}
