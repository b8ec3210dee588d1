package dev.airgap.generator.verify;

import dev.airgap.generator.verify.iam.Decision;
import dev.airgap.generator.verify.iam.Principal;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * AG6004: every vault admin can restore from and manage the vault (a deny that binds them too is a
 * defect).
 */
public final class NoLockOut implements VerifyRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG6004",
          Severity.ERROR,
          "A vault admin is locked out of restoring or managing the vault",
          "Issue 11 property 4: the air gap is useless if the admins named in central.admins cannot restore, or cannot"
              + " change the vault and key policies. An explicit deny binds them like anyone else"
              + " (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html).",
          "Exempt every admin pattern from each deny, and keep a key-policy statement that lets the account's IAM policies"
              + " administer the key.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(VerifyContext ctx) {
    for (Configuration c : ctx.world.configurations) {
      AttackSearch search = new AttackSearch(ctx.world, c);
      String[] v = c.vaultArn().split(":");
      List<String[]> needs = new ArrayList<>();
      RecoveryPointArns.forms(v[1], v[3], v[4])
          .forEach(f -> needs.add(new String[] {"backup:StartRestoreJob", f.arn()}));
      needs.add(new String[] {"backup:PutBackupVaultAccessPolicy", c.vaultArn()});
      needs.add(new String[] {"backup:PutBackupVaultNotifications", c.vaultArn()});
      if (c.keyArn() != null) {
        needs.add(new String[] {"kms:PutKeyPolicy", c.keyArn()});
        needs.add(new String[] {"kms:DescribeKey", c.keyArn()});
      }
      for (Principal admin : Positions.admins(ctx.world)) {
        boolean ok = true;
        for (String[] n : needs) {
          Decision d = search.decide(admin, false, false, n[0], n[1], Map.of());
          if (!d.allowed()) {
            ok = false;
            ctx.report(
                c.vaultFile(),
                c.modelPointer(),
                "lock-out: "
                    + VerifyContext.who(admin)
                    + " cannot "
                    + n[0]
                    + " "
                    + n[1]
                    + " ("
                    + d.reason()
                    + ")",
                info().fix());
          }
        }
        ctx.table.mark(
            Position.Kind.VAULT_ADMIN,
            Property.NO_LOCKOUT,
            ok ? ProofTable.Status.PROVEN : ProofTable.Status.BREACH);
      }
    }
  }
}
