package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.LockMode;
import dev.airgap.model.VaultKind;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/**
 * AG2023: a governance lock on the central vault is named for what it is. It binds only those
 * denied DeleteBackupVaultLockConfiguration: here everyone but the admins, through the vault policy
 * and the SCP. The admins, and the management account (which can change the SCP), can remove it;
 * only a compliance lock binds everyone once its grace time has passed.
 */
public final class GovernanceCentralLock implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG2023",
          Severity.WARNING,
          "A governance-mode central lock protects against everyone but the admins and the management account",
          "In governance mode anyone allowed backup:DeleteBackupVaultLockConfiguration removes the lock and "
              + "then the recovery points; airgap allows it to the admins only, but a stolen admin role, or the "
              + "management account changing the SCP, still can. Compliance mode cannot be removed by anyone once "
              + "changeableForDays has passed (docs/aws-facts.md §2.2, §13.9; docs/threat-model.md).",
          "Use central.vault.lock.mode: compliance once the retention settings are final (deploy asks for "
              + "-Dairgap.confirmIrreversible), or accept the warning for a trial.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    if (context.isUsable("/central/vault/kind")
        && model.central().vault().kind() == VaultKind.STANDARD
        && context.isUsable("/central/vault/lock/mode")
        && model.central().vault().lock().mode() == LockMode.GOVERNANCE) {
      context.report(
          "/central/vault/lock/mode",
          "is governance: the admins and the management account can still"
              + " remove the lock and delete the backups; everyone else is denied",
          "use mode: compliance for a lock nobody can remove");
    }
  }
}
