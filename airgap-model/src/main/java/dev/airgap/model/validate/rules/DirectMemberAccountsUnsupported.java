package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.validate.ModelFields;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/**
 * AG1022: {@code members.targets.accounts} (accounts listed directly, not through an OU) are not
 * supported yet. The SCP and the backup policies would be attached to them, but the member baseline
 * would not reach them: it is a service-managed stack set, which targets OUs and can narrow or
 * widen them with accounts only through an {@code AccountFilterType}, and {@code UNION} is not
 * supported on create (docs/aws-facts.md §8.3). Such an account would get a backup policy whose
 * member vault and backup role do not exist, so every backup job in it would fail
 * (docs/aws-facts.md §4.6). Targeting each account's parent OU with {@code INTERSECTION} would
 * work, but the model does not know the parent OUs; until deploy looks them up, the model is
 * refused rather than compiled into a half-covered organization. (Was the template check AG5010; it
 * needs nothing but the model.)
 */
public final class DirectMemberAccountsUnsupported implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG1022",
          Severity.ERROR,
          "Member accounts are targeted through their OUs",
          "Accounts in members.targets.accounts would receive the SCP and the backup policies but not"
              + " the member baseline (member vault and backup role): a service-managed stack set"
              + " reaches accounts only through their OUs (docs/aws-facts.md §8.3), so their backup"
              + " jobs would fail (docs/aws-facts.md §4.6).",
          "List the account's OU in members.targets.organizationalUnits instead (and its siblings"
              + " that must not be backed up in members.targets.excludeAccounts), then remove it from"
              + " members.targets.accounts.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    for (ModelFields.Field f :
        ModelFields.entries(
            context, "/members/targets/accounts", model.members().targets().accounts())) {
      context.report(
          f.pointer(),
          "account "
              + f.value()
              + " is listed directly: it would get the backup policies but no member vault or"
              + " backup role, because the member-baseline stack set targets OUs only",
          INFO.fix());
    }
  }
}
