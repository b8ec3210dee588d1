package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.BackupPlan;
import dev.airgap.model.validate.AwsFormats;
import dev.airgap.model.validate.ModelFields;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;
import java.util.TreeSet;

/**
 * AG4018: {@code <plan>-<region>}, the backup plan each member region gets, fits AWS Backup's
 * 50-character plan name. AG4006 checks the plan name alone.
 */
public final class PolicyPlanNameLength implements Rule {
  /** Backup plan and rule names: 1–50 of {@code [A-Za-z0-9_.-]} (docs/aws-facts.md §1.2). */
  public static final int MAX_PLAN_NAME_LENGTH = 50;

  private static final RuleInfo INFO =
      new RuleInfo(
          "AG4018",
          Severity.ERROR,
          "Plan name plus member region fits a backup plan name",
          "The organization backup policy has no $region variable, so each plan is written once per"
              + " member region as <plan>-<region> (docs/aws-facts.md §4.5); AWS Backup plan names"
              + " have at most 50 characters (docs/aws-facts.md §1.2).",
          "Shorten the plan name so that <plan>-<longest member region> has at most 50 characters.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    if (!context.isUsable("/members/regions")) {
      return;
    }
    for (BackupPlan plan : ModelFields.plans(model, context)) {
      if (!AwsFormats.PLAN_NAME.matcher(plan.name()).matches()) {
        continue; // AG4006's finding
      }
      String longest =
          new TreeSet<>(model.members().regions())
              .stream().max(java.util.Comparator.comparingInt(String::length)).orElse("");
      String name = plan.policyPlanName(longest);
      if (!longest.isEmpty() && name.length() > MAX_PLAN_NAME_LENGTH) {
        context.report(
            ModelFields.plan(plan),
            "backup plan name '"
                + name
                + "' is "
                + name.length()
                + " characters; AWS Backup allows "
                + MAX_PLAN_NAME_LENGTH,
            "shorten the plan name to at most "
                + (MAX_PLAN_NAME_LENGTH - 1 - longest.length())
                + " characters");
      }
    }
  }
}
