package dev.airgap.generator.verify;

import dev.airgap.model.LockMode;
import dev.airgap.model.VaultKind;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/**
 * AG6013: the central vault's lock in the templates is at least the lock the model asks for. The
 * proof of the other properties holds for whatever lock the templates create; but when the model
 * names a compliance lock and the template creates a governance one, every admin — a break-glass
 * vault-admin role included — can remove it, and the management account can detach the SCP that
 * keeps the others from doing so (docs/aws-facts.md §2.2). A weaker lock than asked is a breach
 * even where no position in the table can exploit it today.
 */
public final class LockAsModeled implements VerifyRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG6013",
          Severity.ERROR,
          "The central vault's lock is weaker than the model's",
          "A compliance lock is the one layer neither the admins nor the management account can"
              + " remove once its grace period ends; a template that creates a governance lock, a"
              + " shorter minimum retention or no lock in its place gives that up silently.",
          "Regenerate the central-vault unit from the model; do not edit the lock by hand.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(VerifyContext ctx) {
    var central = ctx.world.model.central();
    boolean compliance =
        central.vault().kind() == VaultKind.LOGICALLY_AIR_GAPPED
            || central.vault().lock().mode() == LockMode.COMPLIANCE;
    Configuration.Lock.Mode wanted =
        compliance ? Configuration.Lock.Mode.COMPLIANCE : Configuration.Lock.Mode.GOVERNANCE;
    int minDays = central.vault().lock().minRetentionDays();
    boolean weaker = false;
    for (Configuration c : ctx.world.configurations) {
      Configuration.Lock lock = c.lock();
      if (lock.mode().ordinal() < wanted.ordinal() || lock.minRetentionDays() < minDays) {
        weaker = true;
        ctx.report(
            c.vaultFile(),
            c.modelPointer(),
            "breach: the lock of "
                + c.vaultArn()
                + " is "
                + lock.mode().name().toLowerCase(java.util.Locale.ROOT)
                + " with "
                + lock.minRetentionDays()
                + " minimum days; the model asks for "
                + wanted.name().toLowerCase(java.util.Locale.ROOT)
                + " with "
                + minDays,
            INFO.fix());
      }
    }
    ctx.table.mark(
        Position.Kind.MANAGEMENT,
        Property.NO_DESTRUCTION,
        weaker ? ProofTable.Status.BREACH : ProofTable.Status.ASSUMPTION);
  }
}
