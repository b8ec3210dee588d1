package dev.airgap.generator.verify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.airgap.generator.verify.CloudTrailEvents.Caller;
import dev.airgap.generator.verify.iam.Decision;
import dev.airgap.generator.verify.iam.Principal;
import dev.airgap.model.RecoveryOrganization;
import dev.airgap.model.VaultKind;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * AG6090: with a separate recovery organization, the way back to the copies is out of the
 * production organization's reach, and the recovery organization gets no more than the way back.
 * The recovery account, a principal of another organization, may restore (the vault policy exempts
 * it, the RAM share names it) and is explicitly denied every destructive and configuration call by
 * the vault policy, whatever RAM grants; the central vault is shared with exactly the model's
 * accounts; the approval team and its identity source are deployed in the recovery management
 * account only, which no production position is in, and shared with the central account alone;
 * every change to the team, its identity source or the recovery organization's RAM shares alerts
 * there (docs/aws-facts.md §22, docs/threat-model.md).
 */
public final class RecoveryOrganizationSeparate implements VerifyRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG6090",
          Severity.ERROR,
          "The recovery organization is not separate, or gets more than the way back",
          "Issue 14 item 2: a recovery organization is worth having only if full control of the"
              + " production organization reaches neither its approval team nor its recovery account, and"
              + " the recovery account can restore but never delete, shorten, unlock or re-policy the"
              + " copies (AWS Backup developer guide, multi-party approval; docs/aws-facts.md §22).",
          "Regenerate the central-vault and recovery-organization templates from the model; do not edit"
              + " them by hand.");

  /** What the recovery account must never do to the central vault or its points. */
  static final List<String> VAULT_CALLS =
      List.of(
          "backup:AssociateBackupVaultMpaApprovalTeam",
          "backup:DeleteBackupVault",
          "backup:DeleteBackupVaultAccessPolicy",
          "backup:DeleteBackupVaultLockConfiguration",
          "backup:DisassociateBackupVaultMpaApprovalTeam",
          "backup:PutBackupVaultAccessPolicy",
          "backup:PutBackupVaultLockConfiguration");

  static final List<String> POINT_CALLS =
      List.of(
          "backup:DeleteRecoveryPoint",
          "backup:DisassociateRecoveryPoint",
          "backup:DisassociateRecoveryPointFromParent",
          "backup:UpdateRecoveryPointLifecycle");

  /** Calls in the recovery management account that change who approves or who sees the team. */
  static final List<String> RECOVERY_CALLS =
      List.of(
          "mpa:CancelSession",
          "mpa:CreateApprovalTeam",
          "mpa:CreateIdentitySource",
          "mpa:DeleteIdentitySource",
          "mpa:DeleteInactiveApprovalTeamVersion",
          "mpa:StartActiveApprovalTeamDeletion",
          "mpa:TagResource",
          "mpa:UntagResource",
          "mpa:UpdateApprovalTeam",
          "ram:AssociateResourceShare",
          "ram:AssociateResourceSharePermission",
          "ram:CreateResourceShare",
          "ram:DeleteResourceShare",
          "ram:DisassociateResourceShare",
          "ram:DisassociateResourceSharePermission",
          "ram:UpdateResourceShare");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(VerifyContext ctx) {
    World w = ctx.world;
    if (w.model.recoveryOrganization().isEmpty()
        || w.model.central().vault().kind() != VaultKind.LOGICALLY_AIR_GAPPED) {
      return;
    }
    RecoveryOrganization r = w.model.recoveryOrganization().get();
    Principal recovery =
        new Principal(
            "recovery account",
            "arn:" + w.org.partition + ":iam::" + r.recoveryAccount() + ":role/RecoveryOperator",
            r.recoveryAccount(),
            r.id(),
            List.of("r-reco"),
            Principal.Kind.ROLE,
            false);
    List<String> destroys = new ArrayList<>();
    List<String> lockedOut = new ArrayList<>();
    for (Configuration c : w.configurations) {
      AttackSearch search = new AttackSearch(w, c);
      String[] v = c.vaultArn().split(":");
      List<String[]> denied = new ArrayList<>();
      VAULT_CALLS.forEach(a -> denied.add(new String[] {a, c.vaultArn()}));
      String point = null;
      for (RecoveryPointArns.Form f : RecoveryPointArns.forms(v[1], v[3], v[4])) {
        if (f.arn().contains(":backup:")) {
          point = f.arn();
        }
      }
      for (String a : POINT_CALLS) {
        denied.add(new String[] {a, point});
      }
      for (String[] call : denied) {
        Decision d = search.decide(recovery, false, false, call[0], call[1], Map.of());
        // RAM grants the sharee more than the vault policy's allows say: only an explicit deny
        // holds whatever the share's permission is.
        if (d.allowed() || d.decidedBy() == null) {
          destroys.add(call[0] + " on " + call[1] + " (" + d.reason() + ")");
        }
      }
      Decision restore =
          search.decide(recovery, false, false, "backup:StartRestoreJob", point, Map.of());
      if (!restore.allowed() && restore.decidedBy() != null) {
        lockedOut.add("backup:StartRestoreJob on " + point + " (" + restore.reason() + ")");
      }
    }
    mark(ctx, Property.NO_DESTRUCTION, destroys, "the recovery account can ");
    List<String> share = vaultShare(w);
    lockedOut.addAll(share);
    mark(ctx, Property.NO_LOCKOUT, lockedOut, "the recovery account cannot restore: ");
    List<String> escalation = team(w, r);
    escalation.addAll(shareGuarded(ctx));
    mark(ctx, Property.NO_ESCALATION, escalation, "");
    mark(ctx, Property.ALERTS, silent(w, r), "silent: ");
    ctx.assumptions.add(
        "Recovery organization "
            + r.id()
            + ": no position of the production organization "
            + w.model.organization().id()
            + " is in it. The production management account cannot change the approval team"
            + " (deployed in "
            + r.managementAccount()
            + ") nor act as the recovery account "
            + r.recoveryAccount()
            + ". What production still holds: the vault admins restore inside the central account;"
            + " the admins and deploy roles can remove the vault's RAM share or the team's association,"
            + " which denies recovery through that path and alerts, but deletes nothing (the vault"
            + " policy still denies every destructive call to all but the admins).");
  }

  private static void mark(VerifyContext ctx, Property p, List<String> breaches, String lead) {
    ctx.table.mark(
        Position.Kind.RECOVERY_ORGANIZATION,
        p,
        breaches.isEmpty() ? ProofTable.Status.PROVEN : ProofTable.Status.BREACH);
    for (String b : breaches) {
      ctx.report("", "/recoveryOrganization", "breach: " + lead + b, INFO.fix());
    }
  }

  /** The central vault's RAM shares name exactly the accounts the model shares it with. */
  private static List<String> vaultShare(World w) {
    List<String> out = new ArrayList<>();
    Set<String> expected = new TreeSet<>(w.model.sharedWithAccounts());
    int shares = 0;
    for (TemplateInstance in : w.instances) {
      if (!in.account().equals(w.org.centralAccount)) {
        continue;
      }
      Iterator<Map.Entry<String, JsonNode>> it = in.resources().properties().iterator();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        JsonNode props = e.getValue().path("Properties");
        if (!e.getValue().path("Type").asText().equals("AWS::RAM::ResourceShare")) {
          continue;
        }
        shares++;
        Set<String> principals = new TreeSet<>();
        props.path("Principals").forEach(p -> principals.add(Intrinsics.text(p, in)));
        if (!principals.equals(expected) || !props.path("AllowExternalPrincipals").asBoolean()) {
          out.add(
              in.file()
                  + " "
                  + e.getKey()
                  + " shares the vault with "
                  + principals
                  + (props.path("AllowExternalPrincipals").asBoolean()
                      ? ""
                      : " inside the organization only")
                  + ", not with "
                  + expected);
        }
      }
    }
    if (shares == 0) {
      out.add("no RAM share of the central vault is generated");
    }
    return out;
  }

  /**
   * The vault's share is the one door out of the organization: no central admin or central root may
   * change a RAM share of the central account, and every vault admin still may.
   */
  private static List<String> shareGuarded(VerifyContext ctx) {
    World w = ctx.world;
    List<String> out = new ArrayList<>();
    for (Configuration c : w.configurations) {
      AttackSearch search = new AttackSearch(w, c);
      String share =
          "arn:"
              + w.org.partition
              + ":ram:"
              + c.region()
              + ":"
              + w.org.centralAccount
              + ":resource-share/airgap";
      for (Position p : ctx.positions) {
        if (p.kind() != Position.Kind.CENTRAL_ADMIN && p.kind() != Position.Kind.CENTRAL_ROOT) {
          continue;
        }
        for (String action : SHARE_CHANGES) {
          if (search.decide(p.start(), false, false, action, share, Map.of()).allowed()) {
            out.add(p.kind().label() + " can " + action + " on the vault's share " + share);
          }
        }
      }
      for (Principal admin : Positions.admins(w)) {
        for (String action : SHARE_CHANGES) {
          Decision d = search.decide(admin, false, false, action, share, Map.of());
          if (!d.allowed()) {
            out.add("vault admin " + admin.arn() + " cannot " + action + " (" + d.reason() + ")");
          }
        }
      }
    }
    return out;
  }

  /** RAM calls that change a share (IAM action names; RAM API, docs/aws-facts.md §13.10). */
  static final List<String> SHARE_CHANGES =
      List.of(
          "ram:AssociateResourceShare",
          "ram:AssociateResourceSharePermission",
          "ram:CreateResourceShare",
          "ram:DeleteResourceShare",
          "ram:DisassociateResourceShare",
          "ram:DisassociateResourceSharePermission",
          "ram:UpdateResourceShare");

  /** The team, its identity source and its share live in the recovery management account only. */
  private static List<String> team(World w, RecoveryOrganization r) {
    List<String> out = new ArrayList<>();
    Set<String> production = new TreeSet<>(w.org.memberAccounts.keySet());
    production.add(w.org.managementAccount);
    production.add(w.org.centralAccount);
    w.model.organization().delegatedAdminAccount().ifPresent(production::add);
    for (String a : List.of(r.managementAccount(), r.recoveryAccount())) {
      if (production.contains(a)) {
        out.add("account " + a + " of the recovery organization is in the production organization");
      }
    }
    int teams = 0;
    for (TemplateInstance in : w.instances) {
      Iterator<Map.Entry<String, JsonNode>> it = in.resources().properties().iterator();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        String type = e.getValue().path("Type").asText();
        if (!type.startsWith("AWS::MPA::")) {
          continue;
        }
        teams += type.equals("AWS::MPA::ApprovalTeam") ? 1 : 0;
        if (!in.account().equals(r.managementAccount())) {
          out.add(
              in.file()
                  + " "
                  + e.getKey()
                  + " ("
                  + type
                  + ") is deployed in "
                  + in.account()
                  + ", not the recovery management account "
                  + r.managementAccount());
        }
      }
    }
    if (teams == 0 && r.multiPartyApproval().isPresent()) {
      out.add("no approval team is generated in the recovery organization");
    }
    return out;
  }

  /**
   * Changes to the vault's external share in the central account that reach no alert there: the
   * share is now the one door out of the organization, so unsharing it or widening it must be seen.
   */
  static final List<String> VAULT_SHARE_CALLS =
      List.of(
          "ram:AssociateResourceShare",
          "ram:DeleteResourceShare",
          "ram:DisassociateResourceShare",
          "ram:UpdateResourceShare");

  /**
   * Calls on the team, the vault's share and the recovery organization's shares that are silent.
   */
  private static List<String> silent(World w, RecoveryOrganization r) {
    List<String> out = new ArrayList<>();
    String central = w.org.centralAccount;
    for (String region : new TreeSet<>(w.model.central().regions())) {
      probe(
          w,
          VAULT_SHARE_CALLS,
          central,
          region,
          List.of(
              Caller.root(w.org.partition, central),
              Caller.role(
                  "arn:" + w.org.partition + ":iam::" + central + ":role/OpsAdmin", central)),
          out);
    }
    if (r.multiPartyApproval().isEmpty()) {
      return out;
    }
    String region = r.multiPartyApproval().get().identityCenterRegion();
    String account = r.managementAccount();
    List<Caller> callers =
        List.of(
            Caller.root(w.org.partition, account),
            Caller.role("arn:" + w.org.partition + ":iam::" + account + ":role/Admin", account));
    probe(w, RECOVERY_CALLS, account, region, callers, out);
    return out;
  }

  private static void probe(
      World w,
      List<String> actions,
      String account,
      String region,
      List<Caller> callers,
      List<String> out) {
    for (String action : actions) {
      for (Caller caller : callers) {
        DestructiveCallsAlert.Probe probe =
            new DestructiveCallsAlert.Probe(
                new ThreatCatalog.Call(action, ThreatCatalog.Scope.VAULT, true),
                account,
                region,
                Map.of());
        if (!DestructiveCallsAlert.alerted(w, probe, caller)) {
          out.add(action + " by " + caller + " in " + account + " " + region);
        }
      }
    }
  }
}
