package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.validate.AwsFormats;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG4004: members.backupRoleName matches ^[\w+=,.@-]{1,64}$. */
public final class BackupRoleNamePattern implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG4004",
          Severity.ERROR,
          "The member backup role name is a valid IAM role name",
          "The AWS Backup service role is created in every member account under this name; "
              + "IAM role names are 1 to 64 characters from letters, digits and +=,.@_- (IAM API "
              + "CreateRole RoleName; docs/aws-facts.md §4.4).",
          "Rename backupRoleName with at most 64 of a-z, A-Z, 0-9 and +=,.@_-.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    String p = "/members/backupRoleName";
    String name = model.members().backupRoleName();
    if (context.isUsable(p) && !AwsFormats.IAM_ROLE_NAME.matcher(name).matches()) {
      context.report(
          p,
          "'" + name + "' is not a valid IAM role name (1 to 64 of a-z, A-Z, 0-9 and +=,.@_-)",
          "rename the role; paths and slashes are not part of the name");
    }
  }
}
