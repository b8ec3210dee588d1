package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.MalwareScan;
import dev.airgap.model.validate.ModelFields;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG4103: the scanner role name derived from the backup role name fits IAM's 64 characters. */
public final class ScannerRoleNameLength implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG4103",
          Severity.ERROR,
          "The malware scanner role name fits in 64 characters",
          "When a plan scans for malware, every member account gets the role GuardDuty assumes,"
              + " named <backupRoleName>-scanner; IAM role names have at most 64 characters (IAM API"
              + " CreateRole RoleName; docs/aws-facts.md §4.7).",
          "Shorten members.backupRoleName to at most 56 characters.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    String p = "/members/backupRoleName";
    boolean scans =
        ModelFields.plans(model, context).stream().anyMatch(pl -> pl.malwareScan().isPresent());
    String name = MalwareScan.scannerRoleName(model.members().backupRoleName());
    if (scans && context.isUsable(p) && name.length() > 64) {
      context.report(
          p,
          "the scanner role '"
              + name
              + "' would have "
              + name.length()
              + " characters; IAM allows 64",
          "shorten backupRoleName to at most 56 characters");
    }
  }
}
