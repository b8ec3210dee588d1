package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.PermissionModel;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/**
 * AG1010: central.organizationalUnit is set when deploy.centralPermissionModel is service-managed.
 */
public final class CentralOrganizationalUnitRequired implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG1010",
          Severity.ERROR,
          "Service-managed central units need the central account's OU",
          "A service-managed StackSet targets OUs; to reach only the central account, "
              + "airgap targets its OU with AccountFilterType INTERSECTION and the account id "
              + "(CloudFormation API DeploymentTargets; docs/aws-facts.md §8.3).",
          "Set central.organizationalUnit to the id of the OU that holds the central "
              + "account, or set deploy.centralPermissionModel: self-managed.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    if (context.isUsable("/deploy/centralPermissionModel")
        && model.deploy().centralPermissionModel() == PermissionModel.SERVICE_MANAGED
        && context.isUsable("/central/organizationalUnit")
        && model.central().organizationalUnit().isEmpty()) {
      context.report(
          "/central/organizationalUnit",
          "is required when deploy.centralPermissionModel is service-managed (the default)",
          "add central.organizationalUnit: the id of the OU that holds the central account");
    }
  }
}
