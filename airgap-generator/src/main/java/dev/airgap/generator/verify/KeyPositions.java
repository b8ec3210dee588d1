package dev.airgap.generator.verify;

import dev.airgap.generator.resolve.ResolvedModel;
import dev.airgap.generator.verify.iam.Principal;
import dev.airgap.model.DeployFrom;
import dev.airgap.model.KeyAccount;
import java.util.ArrayList;
import java.util.List;

/**
 * The principals the key-account proof (AG6080) starts from: the positions of every other rule,
 * plus the key account's own — an administrator and the root who are not key admins (the
 * "key-account administrator" of docs/threat-model.md), each key admin without MFA, and the key
 * account's StackSet execution role — and the principals that must keep their access. {@code
 * withMfa} are the key-account positions searched again with {@code aws:MultiFactorAuthPresent}
 * true: an administrator of the key account can have MFA too, and then only the key-admin
 * exemptions stand in its way.
 */
record KeyPositions(
    List<Position> attackers,
    List<Position> withMfa,
    List<Position> layered,
    List<Principal> keyAdmins,
    Principal execRole,
    Principal centralAdmin,
    Principal centralBackup,
    Principal centralBackupServiceRole,
    Principal deployer,
    Principal keyAccountAdmin) {

  static KeyPositions of(VerifyContext ctx, KeyAccount ka) {
    OrgLayout o = ctx.world.org;
    String p = o.partition;
    List<String> path = new ArrayList<>(List.of(o.rootId));
    ka.organizationalUnit().ifPresent(path::add);
    Principal kaAdmin =
        Positions.role("key-account admin", p, ka.account(), "KeyAccountAdmin", o, path);
    Principal kaRoot =
        new Principal(
            "key-account root",
            "arn:" + p + ":iam::" + ka.account() + ":root",
            ka.account(),
            o.organizationId,
            path,
            Principal.Kind.ROOT,
            false);
    String execName = ResolvedModel.of(ctx.world.model).principals().executionRoleName();
    Principal exec =
        Positions.role(
            "key-account execution role",
            p,
            ka.account(),
            execName.endsWith("*") ? Positions.EXEC_ROLE_INSTANCE : execName,
            o,
            path);
    List<Principal> keyAdmins = new ArrayList<>();
    List<Position> attackers = new ArrayList<>(ctx.positions);
    List<Position> layered = new ArrayList<>();
    for (String arn : ka.admins()) {
      Principal admin =
          new Principal(
              "key admin", arn, ka.account(), o.organizationId, path, Principal.Kind.ROLE, false);
      keyAdmins.add(admin);
      Position noMfa =
          new Position(
              Position.Kind.KEY_ADMIN_WITHOUT_MFA,
              admin.named("key admin without MFA"),
              false,
              false);
      attackers.add(noMfa);
      layered.add(noMfa);
    }
    Position admin = new Position(Position.Kind.KEY_ACCOUNT_ADMIN, kaAdmin, false, false);
    Position root = new Position(Position.Kind.KEY_ACCOUNT_ADMIN, kaRoot, false, false);
    Position execPosition = new Position(Position.Kind.DEPLOY_ROLE, exec, false, false);
    attackers.addAll(List.of(admin, root, execPosition));
    layered.addAll(List.of(admin, root, execPosition));
    Principal centralAdmin = null;
    for (Position x : ctx.positions) {
      if (x.kind() == Position.Kind.CENTRAL_ADMIN || x.kind() == Position.Kind.CENTRAL_ROOT) {
        layered.add(x);
        if (x.kind() == Position.Kind.CENTRAL_ADMIN) {
          centralAdmin = x.start();
        }
      }
    }
    Principal backup =
        Positions.role(
            "central AWS Backup role", p, o.centralAccount, "airgap-backup", o, o.centralPath);
    Principal slr =
        new Principal(
            "central AWS Backup service-linked role",
            "arn:"
                + p
                + ":iam::"
                + o.centralAccount
                + ":role/aws-service-role/backup.amazonaws.com/AWSServiceRoleForBackup",
            o.centralAccount,
            o.organizationId,
            o.centralPath,
            Principal.Kind.ROLE,
            true);
    String deploying =
        ctx.world.model.organization().deployFrom() == DeployFrom.DELEGATED_ADMIN
            ? ctx.world.model.organization().delegatedAdminAccount().orElse(o.managementAccount)
            : o.managementAccount;
    Principal deployer =
        Positions.role("deploying account", p, deploying, "AirgapDeployer", o, List.of(o.rootId));
    return new KeyPositions(
        List.copyOf(attackers),
        List.of(admin, root),
        List.copyOf(layered),
        List.copyOf(keyAdmins),
        exec,
        centralAdmin,
        backup,
        slr,
        deployer,
        kaAdmin);
  }
}
