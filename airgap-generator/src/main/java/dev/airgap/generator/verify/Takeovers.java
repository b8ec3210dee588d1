package dev.airgap.generator.verify;

import dev.airgap.generator.verify.iam.Glob;
import dev.airgap.generator.verify.iam.Principal;
import java.util.ArrayList;
import java.util.List;

/**
 * The principals an attacker can turn into, read from the exemption patterns of the templates
 * ({@code aws:PrincipalArn} values of deny conditions), never from a list of known names:
 *
 * <ul>
 *   <li>a role whose name matches a wildcard pattern can be created ({@code iam:CreateRole}, {@code
 *       iam:PutRolePolicy}, {@code sts:AssumeRole}) by anyone with IAM rights in that account;
 *   <li>an existing role (a pattern without wildcard, or the real StackSet execution role) can be
 *       re-trusted ({@code iam:UpdateAssumeRolePolicy}, {@code sts:AssumeRole});
 *   <li>roles under {@code /aws-reserved/} and {@code /aws-service-role/} cannot be created or
 *       changed through IAM, only by their service
 *       (https://docs.aws.amazon.com/singlesignon/latest/userguide/referencingpermissionsets.html,
 *       https://docs.aws.amazon.com/IAM/latest/UserGuide/using-service-linked-roles.html);
 *   <li>an Identity Center administrator creates a permission set with a name of its choice; the
 *       role {@code AWSReservedSSO_<name>_<16 hex>} is created in the target account by the
 *       service-linked role {@code AWSServiceRoleForSSO}, which SCPs do not restrict;
 *   <li>a delegated administrator for StackSets runs a service-managed stack set of its own in the
 *       central OU, which runs as the execution role there
 *       (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/stacksets-orgs-delegated-admin.html).
 * </ul>
 */
final class Takeovers {
  private static final String SSO = "AWSReservedSSO_";
  private static final String HEX16 = "0123456789abcdef";
  private static final int MAX_PERMISSION_SET_NAME = 32;

  private Takeovers() {}

  static List<Takeover> candidates(World w, Position position, Principal who) {
    List<Takeover> out = new ArrayList<>();
    boolean atStart = who.arn().equals(position.start().arn());
    if (who.kind() != Principal.Kind.SERVICE) {
      for (String pattern : w.exemptions) {
        String[] parts = pattern.split(":", 6);
        if (parts.length < 6
            || !parts[2].equals("iam")
            || !parts[5].startsWith("role/")
            || !Glob.matches(parts[4], who.account(), false)) {
          continue;
        }
        String path = parts[5].substring("role/".length());
        if (path.startsWith("aws-reserved/") || path.startsWith("aws-service-role/")) {
          continue;
        }
        String arn =
            "arn:" + parts[1] + ":iam::" + who.account() + ":role/" + Glob.instance(path, "x");
        if (!Glob.arnMatches(pattern, arn) || arn.equals(who.arn())) {
          continue;
        }
        Principal target =
            new Principal(
                "role",
                arn,
                who.account(),
                who.organizationId(),
                who.orgPath(),
                Principal.Kind.ROLE,
                false);
        if (Glob.hasWildcard(path)) {
          out.add(
              new Takeover(
                  List.of(
                      Takeover.Call.checked("iam:CreateRole", arn),
                      Takeover.Call.checked("iam:PutRolePolicy", arn),
                      Takeover.Call.checked("sts:AssumeRole", arn)),
                  target));
          String exec =
              "arn:"
                  + parts[1]
                  + ":iam::"
                  + who.account()
                  + ":role/"
                  + Positions.EXEC_ROLE_INSTANCE;
          if (Glob.arnMatches(pattern, exec) && !exec.equals(who.arn())) {
            out.add(retrust(exec, who));
          }
        } else {
          out.add(retrust(arn, who));
        }
      }
    }
    if (atStart && position.identityCenter()) {
      out.addAll(identityCenter(w));
    }
    if (atStart && position.runsStackSets()) {
      OrgLayout o = w.org;
      Principal exec =
          Positions.role(
              "execution role",
              o.partition,
              o.centralAccount,
              Positions.EXEC_ROLE_INSTANCE,
              o,
              o.centralPath);
      out.add(
          new Takeover(
              List.of(
                  Takeover.Call.byService(
                      "cloudformation:CreateStackInstances",
                      "a service-managed stack set of its own targeting "
                          + String.join("/", o.centralPath),
                      "delegated administrator; the stack runs as " + exec.arn())),
              exec));
    }
    return out;
  }

  private static Takeover retrust(String arn, Principal who) {
    Principal target =
        new Principal(
            "role",
            arn,
            who.account(),
            who.organizationId(),
            who.orgPath(),
            Principal.Kind.ROLE,
            false);
    return new Takeover(
        List.of(
            Takeover.Call.checked("iam:UpdateAssumeRolePolicy", arn),
            Takeover.Call.checked("sts:AssumeRole", arn)),
        target);
  }

  /** Permission-set names the attacker may pick that an admin pattern would also match. */
  private static List<Takeover> identityCenter(World w) {
    List<Takeover> out = new ArrayList<>();
    OrgLayout o = w.org;
    for (String pattern : w.exemptions) {
      int at = pattern.indexOf(SSO);
      if (at < 0) {
        continue;
      }
      String rest = pattern.substring(at + SSO.length());
      String intended = rest.split("[_*?]", 2)[0];
      String region = w.model.central().regions().get(0);
      // The last name ends in the whole role-name prefix, for patterns that put * before it.
      String[] names = {intended + "_x", intended + "x", "x" + intended, "x", "x" + SSO + intended};
      String[] prefixes = {
        "aws-reserved/sso.amazonaws.com/" + region + "/", "aws-reserved/sso.amazonaws.com/"
      };
      found:
      for (String name : names) {
        // Identity Center refuses a longer permission set name (docs/aws-facts.md §13.2).
        if (name.length() > MAX_PERMISSION_SET_NAME) {
          continue;
        }
        for (String prefix : prefixes) {
          String arn =
              "arn:"
                  + o.partition
                  + ":iam::"
                  + o.centralAccount
                  + ":role/"
                  + prefix
                  + SSO
                  + name
                  + "_"
                  + HEX16;
          if (Glob.arnMatches(pattern, arn)) {
            Principal target =
                new Principal(
                    "permission-set role",
                    arn,
                    o.centralAccount,
                    o.organizationId,
                    o.centralPath,
                    Principal.Kind.ROLE,
                    false);
            out.add(
                new Takeover(
                    List.of(
                        Takeover.Call.byService(
                            "sso:CreatePermissionSet",
                            "permission set " + name,
                            "any name the admin picks"),
                        Takeover.Call.byService(
                            "sso:CreateAccountAssignment",
                            arn,
                            "role created in "
                                + o.centralAccount
                                + " by the service-linked role AWSServiceRoleForSSO, which SCPs do not restrict")),
                    target));
            break found;
          }
        }
      }
    }
    return out;
  }
}
