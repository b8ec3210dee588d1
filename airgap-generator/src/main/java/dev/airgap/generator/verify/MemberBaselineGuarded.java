package dev.airgap.generator.verify;

import dev.airgap.generator.policy.JobEventNames;
import dev.airgap.generator.policy.PlanFeatures;
import dev.airgap.generator.policy.ProtectedActions;
import dev.airgap.generator.resolve.PrincipalClasses;
import dev.airgap.generator.resolve.ResolvedModel;
import dev.airgap.generator.verify.iam.AttachedScp;
import dev.airgap.generator.verify.iam.Decision;
import dev.airgap.generator.verify.iam.Layers;
import dev.airgap.generator.verify.iam.Policy;
import dev.airgap.generator.verify.iam.PolicyEvaluator;
import dev.airgap.generator.verify.iam.Principal;
import dev.airgap.generator.verify.iam.Request;
import dev.airgap.model.MalwareScan;
import dev.airgap.model.validate.MissingBackupChecks;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * AG6011: a member admin cannot stop the member account's backups quietly. Copies reach the central
 * vault only while the member account's backup role, local vault and key work; the SCPs that bind
 * the member account must deny every member admin deleting, re-trusting or re-policying the backup
 * role, deleting the local vault, moving the key's alias, or destroying or re-policying the key
 * (found by its alias, {@code kms:ResourceAliases}), the malware scanner role when plans scan, the
 * member logically air-gapped vault when plans back up into it directly, with job notifications the
 * job-event forwarding rule and its role, and creating a role named like the member execution role,
 * which is the one principal those denies exempt; and they must let that execution role do all of
 * it, or the member stack set could not deploy.
 */
public final class MemberBaselineGuarded implements VerifyRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG6011",
          Severity.ERROR,
          "A member admin can stop the member account's backups, or the member stack set is locked out",
          "Issue 10 item 8: a member admin who deletes the backup role or the member key stops the copies to the"
              + " central vault without any error in the central account. SCPs bind every principal of a member account"
              + " but service-linked roles: https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps.html",
          "Attach the member SCP (protection.scp.targets) with the member-baseline statements to every member OU.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(VerifyContext ctx) {
    World w = ctx.world;
    String part = w.org.partition;
    String mgmt = w.org.managementAccount;
    String vault = w.model.members().vault().name();
    String memberExec = ResolvedModel.of(w.model).principals().memberExecutionRoleName();
    for (Position p : ctx.positions) {
      if (p.kind() != Position.Kind.MEMBER_ADMIN) {
        continue;
      }
      Principal admin = p.start();
      String account = admin.account();
      List<AttachedScp> scps = w.scps.stream().filter(s -> s.binds(admin, mgmt)).toList();
      Layers layers = new Layers(scps, mgmt, Policy.permissive("resource"), false);
      Principal exec =
          new Principal(
              "member execution role",
              "arn:"
                  + part
                  + ":iam::"
                  + account
                  + ":role/"
                  + PrincipalClasses.lookAlike(memberExec, "0123456789abcdef"),
              account,
              admin.organizationId(),
              admin.orgPath(),
              Principal.Kind.ROLE,
              false);
      List<String> breaches = new ArrayList<>();
      for (String region : w.model.members().regions()) {
        List<Request> denied = new ArrayList<>();
        List<Request> allowed = new ArrayList<>();
        String key = "arn:" + part + ":kms:" + region + ":" + account + ":key/member-vault-key";
        for (String action : ProtectedActions.memberBaseline()) {
          String resource =
              switch (action.substring(0, action.indexOf(':'))) {
                case "iam" ->
                    "arn:"
                        + part
                        + ":iam::"
                        + account
                        + ":role/"
                        + w.model.members().backupRoleName();
                case "kms" -> "arn:" + part + ":kms:" + region + ":" + account + ":alias/" + vault;
                default ->
                    "arn:" + part + ":backup:" + region + ":" + account + ":backup-vault:" + vault;
              };
          denied.add(Request.of(admin, action, resource, account));
          allowed.add(Request.of(exec, action, resource, account));
          if (action.startsWith("backup:") && w.model.members().airGappedVault().isPresent()) {
            String lag =
                "arn:"
                    + part
                    + ":backup:"
                    + region
                    + ":"
                    + account
                    + ":backup-vault:"
                    + w.model.members().airGappedVault().get().name();
            denied.add(Request.of(admin, action, lag, account));
            allowed.add(Request.of(exec, action, lag, account));
          }
          if (action.startsWith("iam:") && PlanFeatures.anyScan(w.model)) {
            String scanner =
                "arn:"
                    + part
                    + ":iam::"
                    + account
                    + ":role/"
                    + MalwareScan.scannerRoleName(w.model.members().backupRoleName());
            denied.add(Request.of(admin, action, scanner, account));
            allowed.add(Request.of(exec, action, scanner, account));
          }
        }
        if (w.model.central().alerts().jobNotifications().isPresent()) {
          jobEventForwarding(w, admin, exec, region, denied, allowed);
        }
        for (String action :
            ProtectedActions.union(
                ProtectedActions.keyDestruction(), ProtectedActions.keyConfiguration())) {
          denied.add(
              Request.of(admin, action, key, account)
                  .with("kms:ResourceAliases", "alias/" + vault));
          allowed.add(
              Request.of(exec, action, key, account).with("kms:ResourceAliases", "alias/" + vault));
        }
        for (String action : ProtectedActions.principalTakeover(false)) {
          denied.add(
              Request.of(
                  admin,
                  action,
                  "arn:"
                      + part
                      + ":iam::"
                      + account
                      + ":role/"
                      + PrincipalClasses.lookAlike(memberExec, "x"),
                  account));
        }
        for (Request r : denied) {
          Decision d = PolicyEvaluator.evaluate(r, layers);
          if (d.allowed()) {
            breaches.add(
                "breach: member admin "
                    + admin.arn()
                    + " can "
                    + r.action()
                    + " "
                    + r.resource()
                    + " ("
                    + d.explain()
                    + ")");
          }
        }
        for (Request r : allowed) {
          Decision d = PolicyEvaluator.evaluate(r, layers);
          if (!d.allowed()) {
            breaches.add(
                "lock-out: the member execution role cannot "
                    + r.action()
                    + " "
                    + r.resource()
                    + " ("
                    + d.reason()
                    + ")");
          }
        }
      }
      ctx.table.mark(
          p.kind(),
          Property.NO_DESTRUCTION,
          breaches.isEmpty() ? ProofTable.Status.PROVEN : ProofTable.Status.BREACH);
      breaches.stream().distinct().forEach(b -> ctx.report("", "/members", b, info().fix()));
    }
  }

  /**
   * With job notifications, the forwarding rule of each member region and the forwarder role are
   * baseline too: deleting, disabling or retargeting the one, or re-trusting the other, silences
   * the account's failed jobs.
   */
  private static void jobEventForwarding(
      World w,
      Principal admin,
      Principal exec,
      String region,
      List<Request> denied,
      List<Request> allowed) {
    String part = w.org.partition;
    String account = admin.account();
    String rule =
        "arn:"
            + part
            + ":events:"
            + region
            + ":"
            + account
            + ":rule/"
            + JobEventNames.forwardingRule(w.model);
    String role =
        "arn:" + part + ":iam::" + account + ":role/" + JobEventNames.forwarderRole(w.model);
    for (String action : ProtectedActions.jobEventForwarding()) {
      denied.add(Request.of(admin, action, rule, account));
      allowed.add(Request.of(exec, action, rule, account));
    }
    for (String action : ProtectedActions.memberBaseline()) {
      if (action.startsWith("iam:")) {
        denied.add(Request.of(admin, action, role, account));
        allowed.add(Request.of(exec, action, role, account));
      }
    }
    if (MissingBackupChecks.hours(w.model).isPresent()) {
      // With missing-backup reports, their forwarding rule and the AWS Config rules they come
      // from; a Config rule's ARN ends in an id AWS assigns (docs/aws-facts.md §17.5).
      String ageRule =
          rule.replace(
              JobEventNames.forwardingRule(w.model),
              JobEventNames.missingBackupForwardingRule(w.model));
      for (String action : ProtectedActions.jobEventForwarding()) {
        denied.add(Request.of(admin, action, ageRule, account));
        allowed.add(Request.of(exec, action, ageRule, account));
      }
      String configRule =
          "arn:" + part + ":config:" + region + ":" + account + ":config-rule/config-rule-a1b2c3";
      for (String action : ProtectedActions.missingBackupRules()) {
        denied.add(Request.of(admin, action, configRule, account));
        allowed.add(Request.of(exec, action, configRule, account));
      }
    }
  }
}
