package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.PermissionModel;
import dev.airgap.model.validate.ModelFields;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/**
 * AG1009: the management account appears as a member target, SCP target or service-managed central
 * account.
 */
public final class ManagementAccountTargeted implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG1009",
          Severity.WARNING,
          "The management account is never a service-managed StackSet target nor restricted "
              + "by SCPs",
          "Service-managed StackSets never deploy to the management account, even when it "
              + "is listed or inside a targeted OU, and SCPs do not apply to it; listing it there "
              + "protects nothing (CloudFormation API DeploymentTargets; "
              + "cloudformation-coverage-roadmap#1705; Organizations SCP docs; docs/aws-facts.md §8.3, "
              + "§6.1, §10 check 12).",
          "Keep backed-up workloads and the central vault out of the management account; "
              + "use a dedicated central account.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    if (!context.isUsable("/organization/managementAccount")) {
      return;
    }
    String management = model.organization().managementAccount();
    if (context.isUsable("/central/account")
        && model.central().account().equals(management)
        && context.isUsable("/deploy/centralPermissionModel")
        && model.deploy().centralPermissionModel() == PermissionModel.SERVICE_MANAGED) {
      context.report(
          "/central/account",
          "'"
              + management
              + "' is the management account, which service-managed StackSets never deploy to",
          "use a dedicated central account, or set deploy.centralPermissionModel: self-managed");
    }
    for (ModelFields.Field f :
        ModelFields.entries(
            context, "/members/targets/accounts", model.members().targets().accounts())) {
      if (f.value().equals(management)) {
        context.report(
            f.pointer(),
            "'"
                + management
                + "' is the management account, which service-managed StackSets never deploy to",
            "back up workloads in member accounts; the member baseline cannot reach the management account");
      }
    }
    if (ModelFields.scpTargetsWritten(context)) {
      for (ModelFields.Field f :
          ModelFields.entries(
              context,
              "/protection/scp/targets/accounts",
              model.protection().scp().targets().accounts())) {
        if (f.value().equals(management)) {
          context.report(
              f.pointer(),
              "'" + management + "' is the management account, which SCPs do not restrict",
              "remove it; protect the management account with IAM instead");
        }
      }
    }
  }
}
