package dev.airgap.generator.check;

import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;
import java.util.List;

/**
 * AG5010: {@code members.targets.accounts} (accounts listed directly, not through an OU) are not
 * supported yet. The SCP and the backup policies would be attached to them, but the member baseline
 * would not reach them: it is a service-managed stack set, which targets OUs and can narrow or
 * widen them with accounts only through an {@code AccountFilterType}, and {@code UNION} is not
 * supported on create (docs/aws-facts.md §8.3). Such an account would get a backup policy whose
 * member vault and backup role do not exist, so every backup job in it would fail
 * (docs/aws-facts.md §4.6). Targeting each account's parent OU with {@code INTERSECTION} would
 * work, but the model does not know the parent OUs; until deploy looks them up, the generator
 * refuses rather than emit a half-covered organization.
 */
public final class DirectMemberAccountsUnsupported implements TemplateRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG5010",
          Severity.ERROR,
          "Member accounts are targeted through their OUs",
          "Accounts in members.targets.accounts would receive the SCP and the backup policies but not the member"
              + " baseline (member vault and backup role): a service-managed stack set reaches accounts only through"
              + " their OUs (docs/aws-facts.md §8.3), so their backup jobs would fail (docs/aws-facts.md §4.6).",
          "List the account's OU in members.targets.organizationalUnits instead (and its siblings that must not be"
              + " backed up in members.targets.excludeAccounts), then remove it from members.targets.accounts.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(TemplateRuleContext context) {
    List<String> accounts = context.model().members().targets().accounts();
    for (int i = 0; i < accounts.size(); i++) {
      context.report(
          "/members/targets/accounts/" + i,
          "account "
              + accounts.get(i)
              + " is listed directly: it would get the backup policies but no member vault or backup role,"
              + " because the member-baseline stack set targets OUs only",
          INFO.fix());
    }
  }
}
