package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.LockMode;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG2007: members.vault.lock.mode is governance. */
public final class MemberLockNotGovernance implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG2007",
          Severity.ERROR,
          "Member vault locks are governance mode only",
          "Member vaults are only a staging copy; a compliance lock in every member account "
              + "and region could never be removed after its grace period, blocking account "
              + "closure and cleanup, while the air gap is the central vault (design decision; "
              + "AWS Backup vault lock, docs/aws-facts.md §2.2, §12.1).",
          "Write mode: governance for members.vault.lock.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    String p = "/members/vault/lock/mode";
    model
        .members()
        .vault()
        .lock()
        .ifPresent(
            lock -> {
              if (context.isUsable(p) && lock.mode() == LockMode.COMPLIANCE) {
                context.report(
                    p,
                    "is compliance; member vault locks may only be governance",
                    "write mode: governance; the compliance-locked air gap is the central vault");
              }
            });
  }
}
