package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG1008: delegatedAdminAccount given while deployFrom is management. */
public final class DelegatedAdminAccountUnused implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG1008",
          Severity.WARNING,
          "delegatedAdminAccount is ignored when deploying from the management account",
          "With deployFrom management every StackSet call uses CallAs SELF, so the "
              + "delegated administrator account is never used; the setting suggests a deployment "
              + "that does not happen (CloudFormation API CallAs; docs/aws-facts.md §8.7).",
          "Remove delegatedAdminAccount, or set deployFrom: delegated-admin.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    var org = model.organization();
    if (context.isUsable("/organization/deployFrom")
        && org.deployFrom() == dev.airgap.model.DeployFrom.MANAGEMENT
        && context.isUsable("/organization/delegatedAdminAccount")
        && org.delegatedAdminAccount().isPresent()) {
      context.report(
          "/organization/delegatedAdminAccount",
          "is set, but deployFrom is management, so it is not used",
          "remove delegatedAdminAccount, or set deployFrom: delegated-admin");
    }
  }
}
