package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.Evidence;
import dev.airgap.model.PermissionModel;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG4306: a service-managed deployment names the audit account's OU. */
public final class EvidenceBucketOrganizationalUnit implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG4306",
          Severity.ERROR,
          "A service-managed deployment needs the audit account's OU",
          "Service-managed stack sets deploy to OUs, narrowed to one account with the INTERSECTION"
              + " filter (docs/aws-facts.md §8.3); the evidence bucket's stack set in the audit"
              + " account needs the OU that holds it.",
          "Add evidence.reports.bucketOrganizationalUnit, or set deploy.centralPermissionModel:"
              + " self-managed.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    if (model.reports().isEmpty()
        || !context.isUsable(EvidenceBucketInManagement.P)
        || !context.isUsable("/deploy/centralPermissionModel")
        || model.deploy().centralPermissionModel() != PermissionModel.SERVICE_MANAGED) {
      return;
    }
    Evidence.Reports r = model.reports().get();
    if (r.bucketAccount().isPresent()
        && !r.bucketAccount().get().equals(model.central().account())
        && r.bucketOrganizationalUnit().isEmpty()) {
      context.report(
          EvidenceBucketInManagement.P,
          "names an audit account, but evidence.reports.bucketOrganizationalUnit is not set",
          "add bucketOrganizationalUnit: the id of the OU that holds account "
              + r.bucketAccount().get());
    }
  }
}
