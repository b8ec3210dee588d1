package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.DeployFrom;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG4301: reports from the delegated administrator need organization.delegatedAdminAccount. */
public final class EvidenceReportsDelegatedAdmin implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG4301",
          Severity.ERROR,
          "Reports from the delegated administrator need its account",
          "Report plans that cover several accounts (ReportSetting Accounts, OrganizationUnits) are"
              + " created in the management account or the backup delegated administrator"
              + " (docs/aws-facts.md §19.3); airgap deploys them into the account the model names.",
          "Set organization.delegatedAdminAccount, or use evidence.reports.fromAccount: management.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    String p = "/evidence/reports/fromAccount";
    if (model.reports().isEmpty()
        || model.reports().get().fromAccount() != DeployFrom.DELEGATED_ADMIN
        || !context.isUsable(p)
        || !context.isUsable("/organization/delegatedAdminAccount")) {
      return;
    }
    if (model.organization().delegatedAdminAccount().isEmpty()) {
      context.report(
          p,
          "is delegated-admin, but organization.delegatedAdminAccount is not set",
          "add organization.delegatedAdminAccount (the account registered as the AWS Backup"
              + " delegated administrator), or use fromAccount: management");
    }
  }
}
