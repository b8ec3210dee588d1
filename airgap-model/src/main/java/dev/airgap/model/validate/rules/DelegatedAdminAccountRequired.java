package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/**
 * AG1007: deployFrom delegated-admin names a delegated administrator that is not the management
 * account.
 */
public final class DelegatedAdminAccountRequired implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG1007",
          Severity.ERROR,
          "deployFrom delegated-admin needs a delegated administrator account other than "
              + "the management account",
          "StackSet calls from a delegated administrator use CallAs DELEGATED_ADMIN and "
              + "must run in a registered member account; the management account cannot be its "
              + "own delegated administrator (CloudFormation API CallAs; docs/aws-facts.md §8.7, §10 check "
              + "2).",
          "Set organization.delegatedAdminAccount to the registered member account, or use "
              + "deployFrom: management.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    var org = model.organization();
    if (!context.isUsable("/organization/deployFrom")
        || org.deployFrom() != dev.airgap.model.DeployFrom.DELEGATED_ADMIN
        || !context.isUsable("/organization/delegatedAdminAccount")) {
      return;
    }
    if (org.delegatedAdminAccount().isEmpty()) {
      context.report(
          "/organization/deployFrom",
          "is delegated-admin, but delegatedAdminAccount is not set",
          "add organization.delegatedAdminAccount: the member account registered as delegated administrator");
    } else if (context.isUsable("/organization/managementAccount")
        && org.delegatedAdminAccount().get().equals(org.managementAccount())) {
      context.report(
          "/organization/delegatedAdminAccount",
          "'"
              + org.managementAccount()
              + "' is the management account; a delegated administrator is a member account",
          "name the registered delegated administrator, or use deployFrom: management");
    }
  }
}
