package dev.airgap.generator.verify;

import dev.airgap.generator.verify.iam.Decision;
import dev.airgap.generator.verify.iam.Principal;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;
import java.util.List;
import java.util.Map;

/**
 * AG6005: {@code CopyIntoBackupVault} is allowed to the member accounts' backup role and denied to
 * every principal outside the organization; when a policy scopes copies by {@code
 * aws:PrincipalOrgPaths}, also to an organization account outside the member OUs.
 */
public final class CopyInScope implements VerifyRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG6005",
          Severity.ERROR,
          "Copies into the central vault are refused to members or allowed to strangers",
          "Issue 11 property 5: cross-account copies need the vault access policy to allow them"
              + " (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html;"
              + " https://docs.aws.amazon.com/aws-backup/latest/devguide/create-cross-account-backup.html).",
          "Allow backup:CopyIntoBackupVault in the vault access policy to aws:PrincipalOrgID (and the member OU paths) only.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(VerifyContext ctx) {
    World w = ctx.world;
    for (Configuration c : w.configurations) {
      AttackSearch search = new AttackSearch(w, c);
      w.org.memberAccounts.forEach(
          (account, path) -> {
            Principal role =
                Positions.role(
                    "member backup role",
                    w.org.partition,
                    account,
                    w.model.members().backupRoleName(),
                    w.org,
                    path);
            Decision d =
                search.decide(
                    role, false, false, "backup:CopyIntoBackupVault", c.vaultArn(), Map.of());
            mark(ctx, Position.Kind.MEMBER_ADMIN, d.allowed());
            if (!d.allowed()) {
              ctx.report(
                  c.vaultFile(),
                  c.modelPointer(),
                  "lock-out: "
                      + VerifyContext.who(role)
                      + " cannot copy into "
                      + c.vaultArn()
                      + " ("
                      + d.reason()
                      + ")",
                  info().fix());
            }
          });
      Principal outsider = Positions.outsider(w.org.partition, w.model.members().backupRoleName());
      Decision d =
          search.decide(
              outsider, false, false, "backup:CopyIntoBackupVault", c.vaultArn(), Map.of());
      mark(ctx, Position.Kind.OUTSIDER, !d.allowed());
      if (d.allowed()) {
        ctx.report(
            c.vaultFile(),
            c.modelPointer(),
            "breach: "
                + VerifyContext.who(outsider)
                + " can copy into "
                + c.vaultArn()
                + " ("
                + d.explain()
                + ")",
            info().fix());
      }
      boolean scopedByPath =
          c.accessPolicy() != null
              && c.accessPolicy().statements().stream()
                  .anyMatch(
                      s ->
                          s.conditions().stream()
                              .anyMatch(k -> k.key().equalsIgnoreCase("aws:PrincipalOrgPaths")));
      // When the members are the whole organization (a root id), no account is outside them.
      boolean wholeOrganization =
          w.model.members().targets().organizationalUnits().stream()
              .anyMatch(t -> t.startsWith("r-"));
      if (scopedByPath && !wholeOrganization) {
        Principal other =
            Positions.role(
                "organization account outside the member OUs",
                w.org.partition,
                "100000000999",
                w.model.members().backupRoleName(),
                w.org,
                List.of(w.org.rootId, "ou-zzzz-notamember"));
        Decision o =
            search.decide(
                other, false, false, "backup:CopyIntoBackupVault", c.vaultArn(), Map.of());
        mark(ctx, Position.Kind.OUTSIDER, !o.allowed());
        if (o.allowed()) {
          ctx.report(
              c.vaultFile(),
              c.modelPointer(),
              "breach: "
                  + VerifyContext.who(other)
                  + " can copy into "
                  + c.vaultArn()
                  + " ("
                  + o.explain()
                  + ")",
              info().fix());
        }
      }
    }
  }

  private static void mark(VerifyContext ctx, Position.Kind row, boolean ok) {
    ctx.table.mark(
        row, Property.COPY_IN_SCOPE, ok ? ProofTable.Status.PROVEN : ProofTable.Status.BREACH);
  }
}
