package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.LockMode;
import dev.airgap.model.VaultLock;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG2006: mode governance has no changeableForDays. */
public final class GovernanceLockWithChangeableForDays implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG2006",
          Severity.ERROR,
          "A governance lock must not set changeableForDays",
          "AWS Backup turns any lock with ChangeableForDays into a compliance lock, which "
              + "becomes irreversible when the grace period ends; with mode governance that would "
              + "be a surprise (AWS Backup vault lock; terraform-provider-aws#27651; docs/aws-facts.md "
              + "§2.2).",
          "Remove changeableForDays, or write mode: compliance if an irreversible lock is "
              + "intended.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    // A logically air-gapped vault takes no changeableForDays at all: AG2012 says so.
    if (context.isUsable("/central/vault/kind")
        && model.central().vault().kind() == dev.airgap.model.VaultKind.STANDARD) {
      check(model.central().vault().lock(), "/central/vault/lock", context);
    }
    model.members().vault().lock().ifPresent(lock -> check(lock, "/members/vault/lock", context));
  }

  private static void check(VaultLock lock, String pointer, RuleContext context) {
    String p = pointer + "/changeableForDays";
    if (context.isUsable(pointer + "/mode")
        && context.isUsable(p)
        && lock.mode() == LockMode.GOVERNANCE
        && lock.changeableForDays().isPresent()) {
      context.report(
          p,
          "is set, but mode is governance; AWS Backup would create a compliance lock",
          "remove changeableForDays for governance, or write mode: compliance");
    }
  }
}
