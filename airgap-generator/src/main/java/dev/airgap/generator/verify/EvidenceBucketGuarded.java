package dev.airgap.generator.verify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.airgap.generator.policy.EvidenceActions;
import dev.airgap.generator.policy.ProtectedActions;
import dev.airgap.generator.verify.CloudTrailEvents.Caller;
import dev.airgap.generator.verify.iam.Decision;
import dev.airgap.generator.verify.iam.Layers;
import dev.airgap.generator.verify.iam.Policy;
import dev.airgap.generator.verify.iam.PolicyEvaluator;
import dev.airgap.generator.verify.iam.Principal;
import dev.airgap.generator.verify.iam.Request;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * AG6070: the evidence bucket (evidence.reports) is kept like the vault. It is retained and
 * versioned; no attacker position deletes it, its policy, a report or a report version, or sets a
 * lifecycle that expires them; only the admins and the deploy roles reconfigure it; AWS Backup's
 * reporting role can still write; and every bucket-level change alerts. The bucket policy and the
 * SCPs decide together, with the attacker's own identity policy allowing everything.
 */
public final class EvidenceBucketGuarded implements VerifyRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG6070",
          Severity.ERROR,
          "Someone but the admins can destroy the evidence bucket, or the reports cannot be written",
          "The reports are the audit evidence of the air gap; whoever deletes them or the bucket erases"
              + " the record of a failed or missing backup (docs/aws-facts.md §19.4). S3: to keep objects,"
              + " deny s3:DeleteObject, s3:DeleteObjectVersion and s3:PutLifecycleConfiguration; the bucket"
              + " owner's root may always change the bucket policy, so the SCP must deny too.",
          "Keep the evidence bucket Retain and versioned, its policy's denies and the central-account SCP's"
              + " evidence statements, and the tamper rule for the bucket.");

  private static final List<Position.Kind> ATTACKERS =
      List.of(
          Position.Kind.MEMBER_ADMIN,
          Position.Kind.CENTRAL_ADMIN,
          Position.Kind.CENTRAL_ROOT,
          Position.Kind.DEPLOY_ROLE,
          Position.Kind.DELEGATED_ADMIN,
          Position.Kind.IDENTITY_CENTER_ADMIN,
          Position.Kind.OUTSIDER);

  /** One evidence bucket as deployed: where, its name, its policy, and how it is kept. */
  record Bucket(
      String file, String pointer, String account, String region, String name, Policy policy) {}

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(VerifyContext ctx) {
    if (ctx.world.model.reports().isEmpty()) {
      return;
    }
    List<Bucket> buckets = buckets(ctx);
    if (buckets.isEmpty()) {
      ctx.report(
          "",
          "/evidence/reports",
          "breach: evidence.reports is set but no template deploys a bucket with a bucket policy in"
              + " its account "
              + ctx.world.org.evidenceAccount,
          info().fix());
      return;
    }
    for (Bucket b : buckets) {
      checkPolicies(ctx, b);
      checkAlerts(ctx, b);
      if (!b.account().equals(ctx.world.org.centralAccount)) {
        EvidenceAuditAccount.check(ctx, b, info().fix());
      }
    }
  }

  private static List<Bucket> buckets(VerifyContext ctx) {
    World w = ctx.world;
    List<Bucket> out = new ArrayList<>();
    for (TemplateInstance in : w.instances) {
      // The bucket's own account: the central one, or the audit account the model names.
      if (!in.account().equals(w.org.evidenceAccount)) {
        continue;
      }
      Iterator<Map.Entry<String, JsonNode>> it = in.resources().properties().iterator();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        JsonNode r = e.getValue();
        if (!r.path("Type").asText().equals("AWS::S3::Bucket")) {
          continue;
        }
        JsonNode props = Intrinsics.resolve(r.path("Properties"), in);
        String name = props.path("BucketName").asText(e.getKey());
        String pointer = World.pointer(r);
        if (!r.path("DeletionPolicy").asText().equals("Retain")) {
          ctx.report(
              in.file(),
              pointer,
              "breach: evidence bucket " + name + " is not DeletionPolicy Retain",
              INFO.fix());
        }
        if (!props.path("VersioningConfiguration").path("Status").asText().equals("Enabled")) {
          ctx.report(
              in.file(),
              pointer,
              "breach: evidence bucket " + name + " is not versioned: an overwrite erases a report",
              INFO.fix());
        }
        Policy policy = null;
        Iterator<Map.Entry<String, JsonNode>> pit = in.resources().properties().iterator();
        while (pit.hasNext()) {
          Map.Entry<String, JsonNode> p = pit.next();
          JsonNode pr = p.getValue();
          if (pr.path("Type").asText().equals("AWS::S3::BucketPolicy")) {
            JsonNode pprops = Intrinsics.resolve(pr.path("Properties"), in);
            if (pprops.path("Bucket").asText().equals(name)) {
              policy =
                  Policy.parse(
                      pprops.path("PolicyDocument"), in.file(), p.getKey(), World.pointer(pr));
            }
          }
        }
        out.add(
            new Bucket(
                in.file(),
                pointer,
                in.account(),
                in.region(),
                name,
                policy == null ? Policy.permissive("no bucket policy") : policy));
      }
    }
    return out;
  }

  private void checkPolicies(VerifyContext ctx, Bucket b) {
    World w = ctx.world;
    String part = w.org.partition;
    String bucketArn = "arn:" + part + ":s3:::" + b.name();
    List<String> resources = List.of(bucketArn, bucketArn + "/airgap/report.csv");
    Layers layers = new Layers(w.scps, w.org.managementAccount, b.policy(), false);
    // Each layer must hold alone, like the vault's (AG6009): the bucket policy without the SCPs
    // for the central account's own principals, the SCPs without the bucket policy.
    Layers bucketAlone = new Layers(List.of(), w.org.managementAccount, b.policy(), false);
    Layers scpAlone = new Layers(w.scps, w.org.managementAccount, null, false);
    for (Position p : ctx.positions) {
      if (!ATTACKERS.contains(p.kind())) {
        continue;
      }
      List<String> actions = new ArrayList<>(EvidenceActions.evidenceDestruction());
      if (!ctx.mayConfigure(p)) {
        actions.addAll(EvidenceActions.evidenceConfiguration());
      }
      List<String> breaches = new ArrayList<>();
      for (String action : actions) {
        for (String resource : resources) {
          Request r = Request.of(p.start(), action, resource, b.account());
          // The bucket owner's root may always read, replace and delete the bucket policy,
          // whatever it says; only an SCP stops it (docs/aws-facts.md §19.4).
          boolean rootBypasses =
              p.kind() == Position.Kind.CENTRAL_ROOT
                  && (action.equals("s3:PutBucketPolicy")
                      || action.equals("s3:DeleteBucketPolicy"));
          denied(r, rootBypasses ? scpAlone : layers, "", breaches);
          if (p.kind() == Position.Kind.CENTRAL_ADMIN || p.kind() == Position.Kind.DEPLOY_ROLE) {
            denied(r, bucketAlone, " (bucket policy alone)", breaches);
          }
          if (p.start().account().equals(b.account())) {
            denied(r, scpAlone, " (SCPs alone)", breaches);
          }
        }
      }
      ctx.table.mark(
          p.kind(),
          Property.NO_DESTRUCTION,
          breaches.isEmpty() ? ProofTable.Status.PROVEN : ProofTable.Status.BREACH);
      for (String breach : breaches) {
        ctx.report(b.file(), b.pointer(), "breach: " + p.describe() + " can " + breach, INFO.fix());
      }
    }
    List<String> adminNeeds =
        ProtectedActions.union(
            EvidenceActions.evidenceDestruction(), EvidenceActions.evidenceConfiguration());
    for (Principal admin : Positions.admins(w)) {
      boolean ok = true;
      for (String action : adminNeeds) {
        for (String resource : resources) {
          Decision d =
              PolicyEvaluator.evaluate(Request.of(admin, action, resource, b.account()), layers);
          if (!d.allowed()) {
            ok = false;
            ctx.report(
                b.file(),
                b.pointer(),
                "lock-out: "
                    + VerifyContext.who(admin)
                    + " cannot "
                    + action
                    + " "
                    + resource
                    + " ("
                    + d.reason()
                    + ")",
                INFO.fix());
          }
        }
      }
      Decision plain =
          PolicyEvaluator.evaluate(
              Request.of(admin, "s3:PutObject", resources.get(1), b.account())
                  .with("aws:SecureTransport", "false"),
              layers);
      if (plain.allowed()) {
        ok = false;
        ctx.report(
            b.file(),
            b.pointer(),
            "breach: the evidence bucket " + b.name() + " accepts requests over plain HTTP",
            INFO.fix());
      }
      ctx.table.mark(
          Position.Kind.VAULT_ADMIN,
          Property.NO_LOCKOUT,
          ok ? ProofTable.Status.PROVEN : ProofTable.Status.BREACH);
    }
    String reporting = reportingAccount(w);
    Principal reports =
        new Principal(
            "Backup Audit Manager reporting role",
            "arn:"
                + part
                + ":iam::"
                + reporting
                + ":role/aws-service-role/reports.backup.amazonaws.com/AWSServiceRoleForBackupReports",
            reporting,
            w.org.organizationId,
            List.of(w.org.rootId),
            Principal.Kind.ROLE,
            true);
    for (String action : List.of("s3:PutObject", "s3:GetBucketLocation")) {
      String resource = action.equals("s3:PutObject") ? resources.get(1) : bucketArn;
      Decision d =
          PolicyEvaluator.evaluate(Request.of(reports, action, resource, b.account()), layers);
      ctx.table.mark(
          Position.Kind.VAULT_ADMIN,
          Property.NO_LOCKOUT,
          d.allowed() ? ProofTable.Status.PROVEN : ProofTable.Status.BREACH);
      if (!d.allowed()) {
        ctx.report(
            b.file(),
            b.pointer(),
            "lock-out: the reporting role "
                + reports.arn()
                + " cannot "
                + action
                + " "
                + resource
                + " ("
                + d.reason()
                + "): no report reaches the bucket",
            INFO.fix());
      }
    }
  }

  private static void denied(Request r, Layers layers, String which, List<String> breaches) {
    Decision d = PolicyEvaluator.evaluate(r, layers);
    if (d.allowed()) {
      breaches.add(r.action() + " " + r.resource() + which + " (" + d.explain() + ")");
    }
  }

  private void checkAlerts(VerifyContext ctx, Bucket b) {
    World w = ctx.world;
    String part = w.org.partition;
    for (Position p : ctx.positions) {
      List<Caller> callers =
          switch (p.kind()) {
            case CENTRAL_ADMIN ->
                List.of(
                    Caller.user(part, b.account(), "ops"),
                    Caller.role(p.start().arn(), b.account()),
                    Caller.federated(part, b.account()));
            case CENTRAL_ROOT -> List.of(Caller.root(part, b.account()));
            case DEPLOY_ROLE -> List.of(Caller.role(p.start().arn(), p.start().account()));
            default -> List.of();
          };
      List<String> silent = new ArrayList<>();
      for (Caller caller : callers) {
        for (String eventName : EvidenceActions.evidenceEventNames()) {
          DestructiveCallsAlert.Probe probe =
              new DestructiveCallsAlert.Probe(
                  new ThreatCatalog.Call("s3:" + eventName, ThreatCatalog.Scope.VAULT, false),
                  b.account(),
                  b.region(),
                  Map.of("bucketName", b.name()));
          if (!DestructiveCallsAlert.alerted(w, probe, caller)) {
            silent.add(eventName + " by " + caller);
          }
        }
      }
      if (callers.isEmpty()) {
        continue;
      }
      ctx.table.mark(
          p.kind(),
          Property.ALERTS,
          silent.isEmpty() ? ProofTable.Status.PROVEN : ProofTable.Status.BREACH);
      if (!silent.isEmpty()) {
        ctx.report(
            b.file(),
            b.pointer(),
            "silent: "
                + silent.size()
                + " change(s) to the evidence bucket "
                + b.name()
                + " reach no ENABLED rule targeting an alert topic ("
                + b.region()
                + "): "
                + silent,
            INFO.fix());
      }
    }
  }

  private static String reportingAccount(World w) {
    return w.model.reports().orElseThrow().fromAccount()
            == dev.airgap.model.DeployFrom.DELEGATED_ADMIN
        ? w.model.organization().delegatedAdminAccount().orElse(w.org.managementAccount)
        : w.org.managementAccount;
  }
}
