package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.validate.AwsFormats;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG1003: the organization id matches ^o-[a-z0-9]{10,32}$. */
public final class OrganizationIdFormat implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG1003",
          Severity.ERROR,
          "The organization id has the form o-xxxxxxxxxx",
          "The organization id goes into aws:PrincipalOrgID conditions; a wrong one makes "
              + "every cross-account copy into the central vault fail with AccessDenied "
              + "(Organizations API OrganizationId; docs/aws-facts.md §1.1, §2.3).",
          "Copy Organization.Id from `aws organizations describe-organization`.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    String pointer = "/organization/id";
    String id = model.organization().id();
    if (context.isUsable(pointer) && !AwsFormats.ORGANIZATION_ID.matcher(id).matches()) {
      context.report(
          pointer,
          "'" + id + "' is not an organization id (o- and 10 to 32 lower-case letters or digits)",
          "copy Organization.Id from aws organizations describe-organization");
    }
  }
}
