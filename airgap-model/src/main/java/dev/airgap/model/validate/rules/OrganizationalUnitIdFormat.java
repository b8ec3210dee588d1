package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.validate.AwsFormats;
import dev.airgap.model.validate.ModelFields;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG1002: every OU target is an OU id or a root id. */
public final class OrganizationalUnitIdFormat implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG1002",
          Severity.ERROR,
          "OU targets are OU ids or the root id",
          "StackSet deployment targets and policy attachments accept only OU ids "
              + "(ou-xxxx-xxxxxxxx) or the root id (r-xxxx); OU names are not accepted "
              + "(CloudFormation API DeploymentTargets, Organizations API OrganizationalUnitId "
              + "and RootId; docs/aws-facts.md §1.1).",
          "Use the OU id shown by `aws organizations list-organizational-units-for-parent`, "
              + "or the root id from `aws organizations list-roots`.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    for (ModelFields.Field field : ModelFields.organizationalUnitIds(model, context)) {
      if (!AwsFormats.isOuOrRoot(field.value())) {
        context.report(
            field.pointer(),
            "'" + field.value() + "' is not an OU id (ou-xxxx-xxxxxxxx) or a root id (r-xxxx)",
            "use the id, not the name: aws organizations list-organizational-units-for-parent shows it");
      }
    }
  }
}
