package dev.airgap.generator.policy;

import dev.airgap.generator.resolve.ResolvedModel;
import dev.airgap.model.AirGapModel;
import dev.airgap.model.KeyAccount;
import dev.airgap.model.KeyKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The SCP of the key account ({@code central.key.kind: key-account}), attached to that account
 * alone: the layer a rewritten key policy cannot remove, since only the management account changes
 * it (docs/aws-facts.md §20.3). Only the key admins, and only with MFA, may destroy the key or
 * silence the key account's alert path; the key admins and the StackSet execution role may change
 * the key policy and move the alias the deployer resolves; nobody but a key admin with MFA may
 * create or change a role with a key admin's or the execution role's name.
 */
public final class KeyAccountScp {
  private KeyAccountScp() {}

  /** The key account's SCP, when the model has a key account. */
  public static Optional<ScpDocument> build(AirGapModel model) {
    Optional<KeyAccount> key = model.central().key().keyAccount();
    if (model.central().key().kind() != KeyKind.KEY_ACCOUNT || key.isEmpty()) {
      return Optional.empty();
    }
    String partition = model.organization().partition().yamlName();
    String account = key.get().account();
    String prefix = model.deploy().stackSetNamePrefix();
    List<String> keyAdmins = List.copyOf(new TreeSet<>(key.get().admins()));
    List<String> deployRoles = new ArrayList<>();
    deployRoles.add(
        Arns.role(partition, account, ResolvedModel.of(model).principals().executionRoleName()));
    model.deploy().roleArn().ifPresent(deployRoles::add);
    List<String> adminsAndDeploy = new ArrayList<>(keyAdmins);
    adminsAndDeploy.addAll(deployRoles);
    String keys = "arn:" + partition + ":kms:*:" + account + ":key/*";
    String alias =
        "arn:" + partition + ":kms:*:" + account + ":alias/" + model.central().vault().name();
    List<String> alertPath =
        List.of(
            "arn:" + partition + ":cloudtrail:*:" + account + ":trail/*",
            "arn:" + partition + ":events:*:" + account + ":rule/" + prefix + "-*",
            "arn:" + partition + ":sns:*:" + account + ":" + prefix + "-*");
    List<String> exemptNames = new ArrayList<>(keyAdmins);
    exemptNames.add(deployRoles.get(0));
    List<String> takeover = ProtectedActions.principalTakeover(false);
    List<Map<String, Object>> statements =
        List.of(
            ScpDocument.deny(
                "DenyKeyDestructionToAllButKeyAdmins",
                ProtectedActions.keyDestruction(),
                List.of(keys),
                keyAdmins),
            withoutMfa("DenyKeyDestructionWithoutMfa", ProtectedActions.keyDestruction(), keys),
            ScpDocument.deny(
                "DenyKeyPolicyAndAliasChangesToAllButKeyAdminsAndDeployRole",
                ProtectedActions.union(
                    ProtectedActions.keyConfiguration(),
                    List.of("kms:DeleteAlias", "kms:UpdateAlias")),
                List.of(keys, alias),
                adminsAndDeploy),
            withoutMfa(
                "DenyAliasChangesWithoutMfa", List.of("kms:DeleteAlias", "kms:UpdateAlias"), alias),
            ScpDocument.grantsOnlyForAwsResources(),
            ScpDocument.deny(
                "DenyAlertSilencingToAllButKeyAdmins",
                ProtectedActions.alertSilencing(),
                alertPath,
                keyAdmins),
            ScpDocument.deny(
                "DenyExemptPrincipalTakeoverToAllButKeyAdmins", takeover, exemptNames, keyAdmins),
            withoutMfa("DenyExemptPrincipalTakeoverWithoutMfa", takeover, exemptNames));
    return Optional.of(
        new ScpDocument(
            "KeyAccountProtectionScp",
            "protect-key-account",
            "airgap: in the key account only the key admins, with MFA, may disable or delete the central vault's key,"
                + " silence its alerts or change a key admin's role; the deploy role may update the key policy.",
            ScpDocument.document(statements),
            List.of(account)));
  }

  /**
   * Denies {@code actions} to every request without MFA ({@code aws:MultiFactorAuthPresent} absent
   * or false, docs/aws-facts.md §15.1), the key admins' included.
   */
  private static Map<String, Object> withoutMfa(
      String sid, List<String> actions, Object resources) {
    Map<String, Object> statement = new LinkedHashMap<>();
    statement.put("Sid", sid);
    statement.put("Effect", "Deny");
    statement.put("Action", actions);
    statement.put("Resource", resources);
    statement.put(
        "Condition",
        Collections.singletonMap(
            "BoolIfExists", Collections.singletonMap("aws:MultiFactorAuthPresent", "false")));
    return Collections.unmodifiableMap(statement);
  }
}
