package dev.airgap.generator.verify;

import dev.airgap.generator.policy.EvidenceAccount;
import dev.airgap.generator.policy.EvidenceActions;
import dev.airgap.generator.policy.ProtectedActions;
import dev.airgap.generator.verify.iam.Decision;
import dev.airgap.generator.verify.iam.Glob;
import dev.airgap.generator.verify.iam.Layers;
import dev.airgap.generator.verify.iam.PolicyEvaluator;
import dev.airgap.generator.verify.iam.Principal;
import dev.airgap.generator.verify.iam.Request;
import java.util.ArrayList;
import java.util.List;

/**
 * AG6070 for an evidence bucket in an audit account (evidence.reports.bucketAccount): that
 * account's own administrator and root are attacker positions too, and nothing but the SCPs binds
 * its root. Each must be denied destroying or reconfiguring the bucket, silencing the account's
 * tamper rule, alert topic or the topic's key, and becoming a role the bucket's denies exempt; the
 * SCPs must hold alone, the bucket policy alone for the administrator.
 */
final class EvidenceAuditAccount {
  private EvidenceAuditAccount() {}

  static void check(VerifyContext ctx, EvidenceBucketGuarded.Bucket b, String fix) {
    World w = ctx.world;
    OrgLayout o = w.org;
    String part = o.partition;
    String account = b.account();
    Principal admin =
        new Principal(
            "audit-account admin",
            "arn:" + part + ":iam::" + account + ":role/AuditAdmin",
            account,
            o.organizationId,
            o.evidencePath,
            Principal.Kind.ROLE,
            false);
    Principal root =
        new Principal(
            "audit-account root",
            "arn:" + part + ":iam::" + account + ":root",
            account,
            o.organizationId,
            o.evidencePath,
            Principal.Kind.ROOT,
            false);
    String bucketArn = "arn:" + part + ":s3:::" + b.name();
    List<String> bucket = List.of(bucketArn, bucketArn + "/airgap/report.csv");
    Layers all = new Layers(w.scps, o.managementAccount, b.policy(), false);
    Layers bucketAlone = new Layers(List.of(), o.managementAccount, b.policy(), false);
    Layers scpAlone = new Layers(w.scps, o.managementAccount, null, false);
    List<String> evidence =
        ProtectedActions.union(
            EvidenceActions.evidenceDestruction(), EvidenceActions.evidenceConfiguration());
    String rule =
        "arn:"
            + part
            + ":events:"
            + b.region()
            + ":"
            + account
            + ":rule/"
            + EvidenceAccount.tamperRuleName(w.model);
    String topic =
        "arn:"
            + part
            + ":sns:"
            + b.region()
            + ":"
            + account
            + ":"
            + EvidenceAccount.topicName(w.model);
    String key = "arn:" + part + ":kms:" + b.region() + ":" + account + ":key/alert-key";
    List<String> alertActions =
        ProtectedActions.union(
            ProtectedActions.alertSilencing(), ProtectedActions.alertConfiguration());
    for (Principal p : List.of(admin, root)) {
      List<String> breaches = new ArrayList<>();
      for (String action : evidence) {
        for (String resource : bucket) {
          Request r = Request.of(p, action, resource, account);
          // The bucket owner's root may always change the bucket policy (docs/aws-facts.md §19.4).
          boolean bypass =
              p == root
                  && (action.equals("s3:PutBucketPolicy")
                      || action.equals("s3:DeleteBucketPolicy"));
          denied(r, bypass ? scpAlone : all, "", breaches);
          denied(r, scpAlone, " (SCPs alone)", breaches);
          if (p == admin) {
            denied(r, bucketAlone, " (bucket policy alone)", breaches);
          }
        }
      }
      for (String action : alertActions) {
        if (action.startsWith("events:")) {
          denied(Request.of(p, action, rule, account), scpAlone, " (SCPs alone)", breaches);
        } else if (action.startsWith("sns:")) {
          denied(Request.of(p, action, topic, account), scpAlone, " (SCPs alone)", breaches);
        }
      }
      for (String action : ProtectedActions.keyDestruction()) {
        Request r =
            Request.of(p, action, key, account)
                .with("kms:ResourceAliases", "alias/" + EvidenceAccount.topicName(w.model));
        denied(r, scpAlone, " (SCPs alone)", breaches);
      }
      for (String exempt : EvidenceAccount.deployRoles(w.model)) {
        if (!exempt.contains(":iam::" + account + ":")) {
          continue;
        }
        String lookAlike = Glob.instance(exempt, "x");
        for (String action : ProtectedActions.principalTakeover(false)) {
          denied(Request.of(p, action, lookAlike, account), scpAlone, " (SCPs alone)", breaches);
        }
      }
      // Plain HTTP is refused to everyone, the account's own principals included.
      denied(
          Request.of(p, "s3:PutObject", bucket.get(1), account)
              .with("aws:SecureTransport", "false"),
          all,
          " over plain HTTP",
          breaches);
      report(ctx, b, p, breaches, fix);
    }
    // The roles that deploy the bucket there may reconfigure it, never destroy it: by bucket
    // policy and SCPs together, and by each alone.
    for (String exempt : EvidenceAccount.deployRoles(w.model)) {
      if (!exempt.contains(":iam::" + account + ":")) {
        continue;
      }
      Principal deployer =
          new Principal(
              "audit-account deploy role",
              Glob.instance(exempt, "0123456789abcdef0123456789abcdef"),
              account,
              o.organizationId,
              o.evidencePath,
              Principal.Kind.ROLE,
              false);
      List<String> breaches = new ArrayList<>();
      for (String action : EvidenceActions.evidenceDestruction()) {
        for (String resource : bucket) {
          Request r = Request.of(deployer, action, resource, account);
          denied(r, all, "", breaches);
          denied(r, bucketAlone, " (bucket policy alone)", breaches);
          denied(r, scpAlone, " (SCPs alone)", breaches);
        }
      }
      report(ctx, b, deployer, breaches, fix);
    }
  }

  private static void report(
      VerifyContext ctx,
      EvidenceBucketGuarded.Bucket b,
      Principal p,
      List<String> breaches,
      String fix) {
    for (String breach : breaches) {
      ctx.report(
          b.file(), b.pointer(), "breach: " + p.label() + " " + p.arn() + " can " + breach, fix);
    }
  }

  private static void denied(Request r, Layers layers, String which, List<String> breaches) {
    Decision d = PolicyEvaluator.evaluate(r, layers);
    if (d.allowed()) {
      breaches.add(r.action() + " " + r.resource() + which + " (" + d.explain() + ")");
    }
  }
}
