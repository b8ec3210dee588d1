package dev.airgap.generator.verify;

import dev.airgap.generator.resolve.PrincipalClasses;
import dev.airgap.generator.resolve.ResolvedModel;
import dev.airgap.generator.verify.iam.Glob;
import dev.airgap.generator.verify.iam.Principal;
import java.util.ArrayList;
import java.util.List;

/** The attacker positions of issue 11, built from the model. */
public final class Positions {
  /** A concrete service-managed execution role name: {@code stacksets-exec-} and 32 hex digits. */
  static final String EXEC_ROLE_INSTANCE = "stacksets-exec-0123456789abcdef0123456789abcdef";

  private Positions() {}

  static List<Position> of(World w) {
    OrgLayout o = w.org;
    String p = o.partition;
    List<Position> out = new ArrayList<>();
    // One member admin per distinct set of SCPs that bind it: the deny layers decide alike for
    // accounts under the same SCPs, and a model with 500 member OUs would otherwise be searched 500
    // times over (copy-in scope, which depends on each OU path, checks every account: CopyInScope).
    java.util.Set<List<Integer>> seen = new java.util.HashSet<>();
    w.org.memberAccounts.forEach(
        (account, path) -> {
          Principal admin = role("member admin", p, account, "MemberAdmin", o, path);
          List<Integer> binding = new ArrayList<>();
          for (int i = 0; i < w.scps.size(); i++) {
            if (w.scps.get(i).binds(admin, o.managementAccount)) {
              binding.add(i);
            }
          }
          if (seen.add(binding)) {
            out.add(new Position(Position.Kind.MEMBER_ADMIN, admin, false, false));
          }
        });
    out.add(
        new Position(
            Position.Kind.CENTRAL_ADMIN,
            role("central admin", p, o.centralAccount, "OpsAdmin", o, o.centralPath),
            false,
            false));
    out.add(
        new Position(
            Position.Kind.CENTRAL_ROOT,
            new Principal(
                "central root",
                "arn:" + p + ":iam::" + o.centralAccount + ":root",
                o.centralAccount,
                o.organizationId,
                o.centralPath,
                Principal.Kind.ROOT,
                false),
            false,
            false));
    for (Principal d : deployRoles(w)) {
      out.add(new Position(Position.Kind.DEPLOY_ROLE, d, false, false));
    }
    w.model
        .organization()
        .delegatedAdminAccount()
        .ifPresent(
            d ->
                out.add(
                    new Position(
                        Position.Kind.DELEGATED_ADMIN,
                        role("delegated admin", p, d, "DelegatedAdminOps", o, List.of(o.rootId)),
                        false,
                        true)));
    out.add(
        new Position(
            Position.Kind.IDENTITY_CENTER_ADMIN,
            role(
                "Identity Center admin",
                p,
                o.managementAccount,
                "IdentityCenterAdmin",
                o,
                List.of(o.rootId)),
            true,
            false));
    out.add(new Position(Position.Kind.OUTSIDER, outsider(p, "Outsider"), false, false));
    return out;
  }

  /** A role in an account of another organization (most accounts belong to one). */
  static Principal outsider(String partition, String roleName) {
    return new Principal(
        "outsider",
        "arn:" + partition + ":iam::" + OrgLayout.OUTSIDE_ACCOUNT + ":role/" + roleName,
        OrgLayout.OUTSIDE_ACCOUNT,
        OrgLayout.OUTSIDE_ORGANIZATION,
        List.of("r-outs"),
        Principal.Kind.ROLE,
        false);
  }

  /** The StackSet execution role of the central account and the model's deploy role. */
  static List<Principal> deployRoles(World w) {
    OrgLayout o = w.org;
    List<Principal> out = new ArrayList<>();
    PrincipalClasses classes = ResolvedModel.of(w.model).principals();
    // A concrete instance of the service-managed name pattern, whose suffix AWS chooses.
    String exec =
        classes.executionRoleName().equals(PrincipalClasses.SERVICE_MANAGED_EXEC_ROLE)
            ? EXEC_ROLE_INSTANCE
            : classes.executionRoleName();
    out.add(role("execution role", o.partition, o.centralAccount, exec, o, o.centralPath));
    classes
        .deployRoleArn()
        .ifPresent(
            arn -> {
              String account = arn.split(":")[4];
              out.add(
                  new Principal(
                      "deploy role",
                      arn,
                      account,
                      o.organizationId,
                      account.equals(o.centralAccount) ? o.centralPath : List.of(o.rootId),
                      Principal.Kind.ROLE,
                      false));
            });
    return out;
  }

  /** One concrete principal per admin pattern of the model. */
  static List<Principal> admins(World w) {
    OrgLayout o = w.org;
    List<Principal> out = new ArrayList<>();
    for (String pattern : w.admins()) {
      String arn = Glob.instance(pattern, "x");
      String account = arn.split(":")[4];
      out.add(
          new Principal(
              "vault admin",
              arn,
              account,
              o.organizationId,
              account.equals(o.centralAccount) ? o.centralPath : List.of(o.rootId),
              arn.endsWith(":root") ? Principal.Kind.ROOT : Principal.Kind.ROLE,
              false));
    }
    return out;
  }

  static Principal role(
      String label, String partition, String account, String name, OrgLayout o, List<String> path) {
    return new Principal(
        label,
        "arn:" + partition + ":iam::" + account + ":role/" + name,
        account,
        o.organizationId,
        path,
        Principal.Kind.ROLE,
        false);
  }
}
