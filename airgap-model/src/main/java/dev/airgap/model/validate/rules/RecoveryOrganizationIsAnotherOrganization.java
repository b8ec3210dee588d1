package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.RecoveryOrganization;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG2302: The recovery organization is another organization */
public final class RecoveryOrganizationIsAnotherOrganization implements Rule {
  static final String P = "/recoveryOrganization";

  private static final RuleInfo INFO =
      new RuleInfo(
          "AG2302",
          Severity.ERROR,
          "The recovery organization is another organization",
          "The point of a recovery organization is that the production management account, which no SCP binds, has no power in it; the same organization id means the same management account (AWS Backup developer guide, multi-party approval overview; docs/aws-facts.md §1.1, §22).",
          "Name the id of the separate recovery organization (aws organizations describe-organization in its management account).");

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
    String p = P + "/id";
    if (!context.isUsable(p)) {
      return;
    }
    if (!dev.airgap.model.validate.AwsFormats.ORGANIZATION_ID.matcher(r.id()).matches()) {
      context.report(
          p,
          "'"
              + r.id()
              + "' is not an organization id (o- and 10 to 32 lower-case letters or digits)",
          "copy Organization.Id from aws organizations describe-organization in the recovery management account");
    } else if (context.isUsable("/organization/id") && r.id().equals(model.organization().id())) {
      context.report(
          p,
          "is the production organization " + r.id() + " itself",
          "name the separate recovery organization's id");
    }
  }
}
