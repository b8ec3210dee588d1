package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.Evidence;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG4305: the evidence bucket is not in the management account, which no SCP binds. */
public final class EvidenceBucketInManagement implements Rule {
  static final String P = "/evidence/reports/bucketAccount";

  private static final RuleInfo INFO =
      new RuleInfo(
          "AG4305",
          Severity.ERROR,
          "The evidence bucket is not in the management account",
          "The bucket owner's root may always replace or delete a bucket policy; only an SCP stops"
              + " it (docs/aws-facts.md §19.4), and SCPs never bind the management account"
              + " (§6.1). Reports in the management account could be erased by its root.",
          "Name an audit account of the organization, or leave bucketAccount out (central account).");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    if (!context.isUsable(P) || !context.isUsable("/organization/managementAccount")) {
      return;
    }
    model
        .reports()
        .flatMap(Evidence.Reports::bucketAccount)
        .filter(a -> a.equals(model.organization().managementAccount()))
        .ifPresent(
            a ->
                context.report(
                    P,
                    "is the management account " + a + ", which no SCP protects",
                    "name an audit account, or remove bucketAccount to use the central account"));
  }
}
