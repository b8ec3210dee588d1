package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG1011: members.targets (and protection.scp.targets when written) are not empty. */
public final class TargetsEmpty implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG1011",
          Severity.ERROR,
          "Member targets and SCP targets name at least one OU or account",
          "With no OU and no account, the member baseline and the backup policy reach no "
              + "account, so nothing is backed up; an SCP with no target protects nothing "
              + "(CloudFormation API DeploymentTargets; Organizations AttachPolicy; docs/aws-facts.md "
              + "§8.3, §6.4).",
          "List the workload OUs under organizationalUnits, or accounts under accounts.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    if (context.isUsable("/members/targets") && model.members().targets().isEmpty()) {
      context.report(
          "/members/targets",
          "names no OU and no account, so nothing is backed up",
          "add organizationalUnits: [ou-...] or accounts: [\"...\"]");
    }
    if (context.isWritten("/protection/scp/targets")
        && context.isUsable("/protection/scp/targets")
        && model.protection().scp().targets().isEmpty()) {
      context.report(
          "/protection/scp/targets",
          "names no OU and no account, so the SCP protects nothing",
          "remove protection.scp.targets to use the member targets, or list OUs or accounts");
    }
  }
}
