package dev.airgap.generator.verify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.airgap.generator.verify.iam.Glob;
import dev.airgap.model.validate.RuleInfo;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * AG6012 for the Identity Center door: a permission set whose provisioned role in the central
 * account an admin pattern matches is a break-glass role, read from the templates like the IAM ones
 * ({@link BreakGlassGuarded}):
 *
 * <ul>
 *   <li>its session is at most one hour (SessionDuration), and it carries no managed policy, whose
 *       permissions the templates do not show;
 *   <li>its inline policy holds one purpose, as an IAM break-glass role's must;
 *   <li>the role's start (AssumeRoleWithSAML with its ARN) and a call in its session reach an alert
 *       topic in every central region, with and without the Region segment Identity Center may put
 *       in the role's path.
 * </ul>
 *
 * <p>Who can become the role is Identity Center's to decide: the central admin cannot create a role
 * under {@code /aws-reserved/} ({@link Takeovers}), and an Identity Center administrator cannot
 * mint another permission set the pattern matches (AG6002 searches for one); but it can add itself
 * to the group or assign this permission set, which the proof table states as an assumption.
 */
final class IdentityCenterBreakGlassCheck {
  private static final String SUFFIX = "_0123456789abcdef";

  private IdentityCenterBreakGlassCheck() {}

  static void check(VerifyContext ctx, RuleInfo info) {
    World w = ctx.world;
    boolean any = false;
    for (TemplateInstance in : w.instances) {
      Iterator<Map.Entry<String, JsonNode>> it = in.resources().properties().iterator();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        JsonNode r = e.getValue();
        if (!r.path("Type").asText().equals("AWS::SSO::PermissionSet")) {
          continue;
        }
        JsonNode props = Intrinsics.resolve(r.path("Properties"), in);
        String name = props.path("Name").asText();
        String base =
            "arn:"
                + w.org.partition
                + ":iam::"
                + w.org.centralAccount
                + ":role/aws-reserved/sso.amazonaws.com/";
        List<String> roles =
            List.of(
                base + in.region() + "/AWSReservedSSO_" + name + SUFFIX,
                base + "AWSReservedSSO_" + name + SUFFIX);
        if (w.admins().stream().noneMatch(a -> Glob.arnMatches(a, roles.get(0)))) {
          continue;
        }
        any = true;
        List<String> problems = new ArrayList<>();
        problems.addAll(trust(props));
        Set<String> allowed = BreakGlassGuarded.allowed(props, in, e.getKey(), w.exemptions);
        problems.addAll(BreakGlassGuarded.purpose(allowed));
        for (String role : roles) {
          problems.addAll(BreakGlassGuarded.silent(w, role, "sts:AssumeRoleWithSAML"));
        }
        ctx.table.mark(
            Position.Kind.VAULT_ADMIN,
            Property.NO_DESTRUCTION,
            problems.stream().anyMatch(p -> p.startsWith("allows"))
                ? ProofTable.Status.BREACH
                : ProofTable.Status.PROVEN);
        ctx.table.mark(
            Position.Kind.VAULT_ADMIN,
            Property.NO_ESCALATION,
            problems.stream().anyMatch(p -> p.startsWith("trust") || p.startsWith("allows"))
                ? ProofTable.Status.BREACH
                : ProofTable.Status.PROVEN);
        ctx.table.mark(
            Position.Kind.VAULT_ADMIN,
            Property.ALERTS,
            problems.stream().anyMatch(p -> p.startsWith("silent"))
                ? ProofTable.Status.BREACH
                : ProofTable.Status.PROVEN);
        for (String p : problems) {
          ctx.report(
              in.file(),
              World.pointer(r),
              "breach: break-glass permission set "
                  + name
                  + " ("
                  + in.file()
                  + " "
                  + e.getKey()
                  + ", role "
                  + roles.get(0)
                  + "): "
                  + p,
              info.fix());
        }
      }
    }
    if (any) {
      // Proven above: nobody mints a matching role. Not provable from templates: who is in the
      // group, and whether Identity Center asks for MFA at sign-in.
      ctx.table.mark(
          Position.Kind.IDENTITY_CENTER_ADMIN,
          Property.NO_ESCALATION,
          ProofTable.Status.ASSUMPTION);
      ctx.assumptions.add(
          "Identity Center break-glass: an Identity Center administrator can add itself to the"
              + " break-glass groups or assign the break-glass permission sets, and so become a vault"
              + " admin (every use still alerts); the groups' members sign in with MFA only if Identity"
              + " Center requires it at every sign-in, a setting no public API reads (docs/aws-facts.md §18).");
    }
  }

  private static List<String> trust(JsonNode props) {
    List<String> out = new ArrayList<>();
    String session = props.path("SessionDuration").asText("PT1H");
    try {
      if (Duration.parse(session).compareTo(Duration.ofHours(1)) > 0) {
        out.add("trust allows sessions of " + session + ", more than one hour");
      }
    } catch (DateTimeParseException ex) {
      out.add("trust allows sessions of '" + session + "', not a duration verify can bound");
    }
    for (String managed :
        List.of("ManagedPolicies", "CustomerManagedPolicyReferences", "PermissionsBoundary")) {
      if (props.has(managed) && !props.path(managed).isEmpty()) {
        out.add("trust attaches " + managed + ", whose permissions the templates do not show");
      }
    }
    return out;
  }
}
