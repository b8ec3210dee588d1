package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.RecoveryOrganization;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG2309: The approval team signs in through the recovery organization's Identity Center */
public final class RecoveryIdentityCenterIsProductions implements Rule {
  static final String P = "/recoveryOrganization";

  private static final RuleInfo INFO =
      new RuleInfo(
          "AG2309",
          Severity.ERROR,
          "The approval team signs in through the recovery organization's Identity Center",
          "An MPA identity source is an organization instance of IAM Identity Center of the management account that creates the team; the production organization's instance (the one the break-glass permission sets use) is administered from the production management account, which must have no say over the approvers (MPA user guide, Set up; docs/aws-facts.md §13.20, §22).",
          "Name the Identity Center instance of the recovery management account (aws sso-admin list-instances there).");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    if (model.recoveryOrganization().isEmpty() || !context.isUsable(P)) {
      return;
    }
    RecoveryOrganization r = model.recoveryOrganization().get();
    String p = P + "/multiPartyApproval/identityCenterInstanceArn";
    if (r.multiPartyApproval().isEmpty() || !context.isUsable(p)) {
      return;
    }
    String arn = r.multiPartyApproval().get().identityCenterInstanceArn();
    boolean production =
        model
            .central()
            .breakGlass()
            .flatMap(b -> b.identityCenter())
            .filter(ic -> context.isUsable("/central/breakGlass/identityCenter/instanceArn"))
            .map(ic -> ic.instanceArn().equals(arn))
            .orElse(false);
    if (production) {
      context.report(
          p,
          "is the production organization's Identity Center instance"
              + " (central.breakGlass.identityCenter.instanceArn)",
          "name the recovery management account's instance");
    } else if (!IdentityCenterInstanceArnShape.shape(arn)) {
      context.report(
          p,
          "'" + arn + "' is not an Identity Center instance ARN",
          "use arn:aws:sso:::instance/ssoins-<16 characters> (aws sso-admin list-instances)");
    }
  }
}
