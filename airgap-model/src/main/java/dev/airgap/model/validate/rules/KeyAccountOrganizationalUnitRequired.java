package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.PermissionModel;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG2205: the key account's OU is named under service-managed deployment. */
public final class KeyAccountOrganizationalUnitRequired implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG2205",
          Severity.ERROR,
          "Service-managed key units need the key account's OU",
          "A service-managed StackSet targets OUs; to reach only the key account airgap targets its OU with AccountFilterType INTERSECTION and the account id, as it does the central account (docs/aws-facts.md §8.3).",
          "Set central.key.organizationalUnit to the id of the OU that holds the key account, or set deploy.centralPermissionModel: self-managed.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    if (!context.isUsable("/central/key/kind")) {
      return;
    }
    if (!KeyAccountIsCentral.keyAccount(model).isEmpty()
        && context.isUsable("/deploy/centralPermissionModel")
        && model.deploy().centralPermissionModel() == PermissionModel.SERVICE_MANAGED
        && model.central().key().keyAccount().orElseThrow().organizationalUnit().isEmpty()) {
      context.report(
          "/central/key/organizationalUnit",
          "is required when deploy.centralPermissionModel is service-managed (the default)",
          "add central.key.organizationalUnit: the id of the OU that holds the key account");
    }
  }
}
