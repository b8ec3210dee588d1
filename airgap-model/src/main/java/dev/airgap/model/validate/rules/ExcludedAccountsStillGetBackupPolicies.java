package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.BackupPlan;
import dev.airgap.model.validate.AwsFormats;
import dev.airgap.model.validate.ModelFields;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * AG1023: an account in {@code members.targets.excludeAccounts} is left out of the member baseline
 * (no member vault, no backup role), but the backup policies are attached to its OU and an OU's
 * policies apply to every account below it (docs/aws-facts.md §13 #8). AWS Backup therefore creates
 * the plans in that account and every scheduled job there fails for want of the vault and role
 * (docs/aws-facts.md §4.6). A policy attached to the account cannot take the plans away: each plan
 * carries {@code @@operators_allowed_for_child_policies: ["@@none"]} so that no OU or account can
 * weaken the copy into the central vault, and {@code @@none} forbids {@code @@remove} too
 * (docs/aws-facts.md §4.5). Until the model knows where to attach per-account policies, it says so.
 */
public final class ExcludedAccountsStillGetBackupPolicies implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG1023",
          Severity.WARNING,
          "Excluded accounts still receive the backup policies of their OU",
          "excludeAccounts keeps an account out of the member-baseline stack set only; the backup"
              + " policies stay attached to its OU, which applies them to every account below it,"
              + " so AWS Backup runs the plans there without a member vault or backup role and"
              + " every job fails. The plans forbid child policies (@@none), so an account-level"
              + " policy cannot @@remove them (docs/aws-facts.md §4.5, §4.6, §13 #8).",
          "Move the account into an OU that members.targets does not list (the exclusion then"
              + " becomes unnecessary), or stop excluding it so that it gets the member baseline.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    if (model.plans().isEmpty()
        || !context.isUsable("/members/regions")
        || model.members().targets().organizationalUnits().isEmpty()) {
      return; // no plans, or AG1012's finding: nothing is subtracted
    }
    List<String> plans = new ArrayList<>();
    for (BackupPlan plan : model.plans().values()) {
      for (String region : new TreeSet<>(model.members().regions())) {
        plans.add(plan.policyPlanName(region));
      }
    }
    String p = "/members/targets/excludeAccounts";
    List<String> excluded =
        ModelFields.entries(context, p, model.members().targets().excludeAccounts()).stream()
            .map(ModelFields.Field::value)
            .filter(a -> AwsFormats.ACCOUNT_ID.matcher(a).matches()) // else AG1001's finding
            .toList();
    if (!context.isUsable(p) || excluded.isEmpty()) {
      return;
    }
    // One finding for the list: an organization may exclude thousands of accounts.
    context.report(
        p,
        (excluded.size() == 1 ? "account " : excluded.size() + " accounts ")
            + summary(excluded)
            + (excluded.size() == 1
                ? " gets no member vault or backup role, but still receives"
                : " get no member vault or backup role, but still receive")
            + " the backup policies"
            + " attached to "
            + summary(model.members().targets().organizationalUnits())
            + ": AWS Backup creates the plans "
            + summary(plans)
            + " there and each scheduled job fails; @@none on every plan keeps an account"
            + " policy from removing them",
        "move the excluded accounts into an OU outside members.targets, or stop excluding them");
  }

  private static String summary(List<String> plans) {
    return plans.size() <= 3
        ? String.join(", ", plans)
        : String.join(", ", plans.subList(0, 3)) + " and " + (plans.size() - 3) + " more";
  }
}
