package dev.airgap.generator.verify;

import dev.airgap.generator.resolve.PrincipalClasses;
import dev.airgap.generator.resolve.ResolvedModel;
import dev.airgap.generator.verify.iam.AttachedScp;
import dev.airgap.generator.verify.iam.Decision;
import dev.airgap.generator.verify.iam.Layers;
import dev.airgap.generator.verify.iam.Policy;
import dev.airgap.generator.verify.iam.PolicyEvaluator;
import dev.airgap.generator.verify.iam.Principal;
import dev.airgap.generator.verify.iam.Request;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * AG6009: each deny layer holds on its own. The combined proof (AG6001–AG6003) passes as long as
 * one layer denies; but the layers exist because each can be lost on its own: the deploy role
 * rewrites a vault or key policy (then only the SCP is left), the management account detaches an
 * SCP (then only the resource policies are left). So every layer is also evaluated alone, with the
 * attacker's identity policy allowing everything and every other layer permissive, and must deny
 * every non-admin position what it is written to deny, and deny the admins nothing. A weakening of
 * any single statement is therefore a finding, not a silent loss of depth.
 */
public final class LayersStandAlone implements VerifyRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG6009",
          Severity.ERROR,
          "A deny layer does not hold on its own",
          "Defence in depth is only real when each layer denies by itself: the vault access policy and the key policy"
              + " can be rewritten by the deploy role, an SCP can be detached by the management account. Policy evaluation:"
              + " https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html",
          "Keep every data and lock action in the vault policy, the key policy and the central-account SCP, exempting only"
              + " the admins; keep the configuration actions denied to all but the admins and the deploy roles.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  private record Layer(String name, Layers layers) {}

  @Override
  public void check(VerifyContext ctx) {
    World w = ctx.world;
    for (Configuration c : w.configurations) {
      for (Position p : ctx.positions) {
        if (p.kind() != Position.Kind.CENTRAL_ADMIN
            && p.kind() != Position.Kind.CENTRAL_ROOT
            && p.kind() != Position.Kind.DEPLOY_ROLE
            && p.kind() != Position.Kind.MEMBER_ADMIN) {
          continue;
        }
        boolean member = p.kind() == Position.Kind.MEMBER_ADMIN;
        for (Goal g : Goals.destruction(c, !ctx.mayConfigure(p))) {
          boolean key = g.resource().equals(c.keyArn());
          if (member
              && (key
                  || isExfiltration(g.call().action())
                  || !(g.resource().equals(c.vaultArn()) || g.resource().contains(":backup:")))) {
            // The member SCP is written for the central vault and AWS Backup's own recovery-point
            // form: the other forms carry no account, or the central one, and AWS Backup acts only
            // in
            // the caller's account; the combined proof covers them through the vault policy.
            continue;
          }
          for (Layer layer : layers(w, c, p.start(), key, member)) {
            Decision d =
                decide(
                    p.start(),
                    g.call().action(),
                    g.resource(),
                    account(c, g.resource()),
                    g.extra(),
                    layer);
            if (d.allowed()) {
              report(
                  ctx,
                  p,
                  c,
                  layer.name()
                      + " alone lets "
                      + p.kind().label()
                      + " "
                      + g.label()
                      + " ("
                      + d.explain()
                      + ")");
            }
          }
        }
        if (!member) {
          for (String[] probe : alertPath(w, c)) {
            if (ctx.mayConfigure(p) && probe[2].equals("configuration")) {
              continue;
            }
            for (Layer layer : centralScps(w, p.start())) {
              Decision d =
                  decide(p.start(), probe[0], probe[1], w.org.centralAccount, Map.of(), layer);
              if (d.allowed()) {
                report(
                    ctx,
                    p,
                    c,
                    layer.name()
                        + " alone lets "
                        + p.kind().label()
                        + " "
                        + probe[0]
                        + " "
                        + probe[1]
                        + " ("
                        + d.explain()
                        + ")");
              }
            }
          }
        }
      }
      lockOut(ctx, c);
    }
  }

  /**
   * No layer may deny an admin anything, nor a deploy role its configuration, wherever an SCP is
   * attached: the OU tree above the central account is not in the model, so each SCP is evaluated
   * as if it bound them.
   */
  private void lockOut(VerifyContext ctx, Configuration c) {
    World w = ctx.world;
    List<Principal> deployRoles =
        ctx.positions.stream()
            .filter(p -> p.kind() == Position.Kind.DEPLOY_ROLE)
            .map(Position::start)
            .toList();
    for (Principal admin : Positions.admins(w)) {
      for (Goal g : Goals.destruction(c, true)) {
        if (!g.call().action().equals("kms:CreateGrant")) {
          deniedBySomeLayer(ctx, c, admin, g.call().action(), g.resource(), g.extra(), g.label());
        }
      }
      for (String[] probe : alertPath(w, c)) {
        deniedBySomeLayer(ctx, c, admin, probe[0], probe[1], Map.of(), probe[0] + " " + probe[1]);
      }
      // The member SCP guards the member execution role name in every account; attached above the
      // central account it must still leave the admins their own account's roles.
      String lookAlike =
          "arn:"
              + w.org.partition
              + ":iam::"
              + w.org.centralAccount
              + ":role/"
              + PrincipalClasses.lookAlike(
                  ResolvedModel.of(w.model).principals().memberExecutionRoleName(), "admin");
      for (String action :
          List.of("iam:CreateRole", "iam:UpdateAssumeRolePolicy", "iam:PutRolePolicy")) {
        deniedBySomeLayer(ctx, c, admin, action, lookAlike, Map.of(), action + " " + lookAlike);
      }
    }
    for (Principal deploy : deployRoles) {
      for (Goal g : Goals.destruction(c, true)) {
        if (!g.call().data()) {
          deniedBySomeLayer(ctx, c, deploy, g.call().action(), g.resource(), g.extra(), g.label());
        }
      }
      for (String[] probe : alertPath(w, c)) {
        if (probe[2].equals("configuration")) {
          deniedBySomeLayer(
              ctx, c, deploy, probe[0], probe[1], Map.of(), probe[0] + " " + probe[1]);
        }
      }
    }
  }

  private void deniedBySomeLayer(
      VerifyContext ctx,
      Configuration c,
      Principal who,
      String action,
      String resource,
      Map<String, List<String>> extra,
      String label) {
    boolean key = resource.equals(c.keyArn());
    List<Layer> layers = new ArrayList<>();
    Policy policy =
        key
            ? c.keyPolicy()
            : resource.equals(c.vaultArn()) || resource.contains("recovery-point")
                ? c.accessPolicy()
                : null;
    if (policy != null) {
      layers.add(
          new Layer(
              policy.file() + " " + policy.logicalId(),
              new Layers(List.of(), ctx.world.org.managementAccount, policy, key)));
    }
    for (AttachedScp scp : ctx.world.scps) {
      AttachedScp attachedAbove = new AttachedScp(scp.policy(), List.of(who.account()));
      layers.add(
          new Layer(
              "the SCP "
                  + scp.policy().file()
                  + " "
                  + scp.policy().logicalId()
                  + ", wherever attached",
              new Layers(
                  List.of(attachedAbove),
                  ctx.world.org.managementAccount,
                  Policy.permissive("resource"),
                  false)));
    }
    for (Layer layer : layers) {
      Decision d = decide(who, action, resource, account(c, resource), extra, layer);
      if (!d.allowed()) {
        report(
            ctx,
            null,
            c,
            layer.name() + " denies " + who.arn() + " " + label + " (" + d.reason() + ")");
      }
    }
  }

  private static Decision decide(
      Principal who,
      String action,
      String resource,
      String account,
      Map<String, List<String>> extra,
      Layer layer) {
    return PolicyEvaluator.evaluate(
        new Request(who, action, resource, account, extra), layer.layers());
  }

  /**
   * The layers one request meets, each alone: the resource policy, and the SCPs written for the
   * caller.
   */
  private static List<Layer> layers(
      World w, Configuration c, Principal who, boolean key, boolean member) {
    List<Layer> out = new ArrayList<>();
    String mgmt = w.org.managementAccount;
    Policy resource = key ? c.keyPolicy() : c.accessPolicy();
    if (resource != null && !member) {
      out.add(
          new Layer(
              (key ? "the key policy " : "the vault access policy ")
                  + resource.file()
                  + " "
                  + resource.logicalId(),
              new Layers(List.of(), mgmt, resource, key)));
    }
    if (member) {
      List<AttachedScp> scps = w.scps.stream().filter(s -> s.binds(who, mgmt)).toList();
      out.add(
          new Layer(
              "the SCPs of the member account",
              new Layers(scps, mgmt, Policy.permissive("resource"), false)));
    } else {
      out.addAll(centralScps(w, who));
    }
    return out;
  }

  /**
   * Each SCP attached to the central account itself, alone: the layer a rewritten resource policy
   * leaves.
   */
  private static List<Layer> centralScps(World w, Principal who) {
    List<Layer> out = new ArrayList<>();
    for (AttachedScp scp : w.scps) {
      if (scp.targetIds().contains(w.org.centralAccount)) {
        out.add(
            new Layer(
                "the SCP " + scp.policy().file() + " " + scp.policy().logicalId(),
                new Layers(
                    List.of(scp), w.org.managementAccount, Policy.permissive("resource"), false)));
      }
    }
    if (out.isEmpty()) {
      out.add(
          new Layer(
              "the SCPs (none attached to the central account)",
              new Layers(
                  List.of(), w.org.managementAccount, Policy.permissive("resource"), false)));
    }
    return out;
  }

  /** Silencing and configuring the alert path: what the SCP alone must deny (issue 10, item 3). */
  private static List<String[]> alertPath(World w, Configuration c) {
    List<String[]> out = new ArrayList<>();
    String part = w.org.partition;
    String central = w.org.centralAccount;
    for (String rule : w.alertRuleNames.getOrDefault(c.region(), java.util.Set.of())) {
      String arn = "arn:" + part + ":events:" + c.region() + ":" + central + ":rule/" + rule;
      for (String a : List.of("events:DisableRule", "events:DeleteRule", "events:RemoveTargets")) {
        out.add(new String[] {a, arn, "silencing"});
      }
      out.add(new String[] {"events:PutRule", arn, "configuration"});
    }
    // The central account's alert path; the management account's topic is out of the central
    // principals' reach (cross-account, no topic policy admits them) and out of any SCP's.
    for (String topic : w.alertTopics) {
      if (topic.contains(":" + c.region() + ":" + central + ":")) {
        out.add(new String[] {"sns:DeleteTopic", topic, "silencing"});
        out.add(new String[] {"sns:SetTopicAttributes", topic, "configuration"});
      }
    }
    for (String alertKey :
        w.alertKeys.getOrDefault(c.region(), java.util.Set.of()).stream()
            // The central account's own: the management and key accounts' keys are out of the
            // central principals' reach, and their SCPs are proven where they bind (AG6080).
            .filter(k -> k.contains(":" + central + ":"))
            .toList()) {
      out.add(new String[] {"kms:DisableKey", alertKey, "silencing"});
      out.add(new String[] {"kms:ScheduleKeyDeletion", alertKey, "silencing"});
    }
    for (String exempt : w.exemptions) {
      // A service-linked role (the restore-testing one the vault exempts from its restore deny) is
      // created and trusted by its service only; IAM refuses these calls on it (Takeovers).
      if (exempt.contains(":iam::" + central + ":role/")
          && !exempt.contains(":role/aws-service-role/")) {
        String role = dev.airgap.generator.verify.iam.Glob.instance(exempt, "x");
        for (String a :
            List.of(
                "iam:CreateRole",
                "iam:UpdateAssumeRolePolicy",
                "iam:AttachRolePolicy",
                "iam:PutRolePolicy")) {
          out.add(new String[] {a, role, "silencing"});
        }
      }
    }
    return out;
  }

  private static boolean isExfiltration(String action) {
    return ThreatCatalog.RECOVERY_POINT_DATA.stream().anyMatch(call -> call.action().equals(action))
            && (action.equals("backup:StartRestoreJob") || action.equals("backup:StartCopyJob"))
        || action.equals("backup:CopyFromBackupVault");
  }

  private static String account(Configuration c, String resource) {
    return resource.startsWith("arn:") && resource.split(":", 6)[4].isEmpty()
        ? c.vaultArn().split(":", 6)[4]
        : resource.split(":", 6)[4];
  }

  private void report(VerifyContext ctx, Position p, Configuration c, String message) {
    ctx.table.mark(
        p == null ? Position.Kind.VAULT_ADMIN : p.kind(),
        p == null ? Property.NO_LOCKOUT : Property.NO_DESTRUCTION,
        ProofTable.Status.BREACH);
    ctx.report(c.vaultFile(), c.modelPointer(), "layer: " + message, info().fix());
  }
}
