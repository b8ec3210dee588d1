package dev.airgap.generator.resolve;

import dev.airgap.generator.policy.BreakGlassRoles;
import dev.airgap.model.AirGapModel;
import dev.airgap.model.Cfct;
import dev.airgap.model.PermissionModel;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The principals airgap's policies name, by purpose. Units write them into templates, the SCP
 * exempts them, and the verifier places attackers around them, so each class has this one
 * definition (docs/threat-model.md).
 *
 * @param vaultAdmins the central admins and the break-glass roles airgap generates ({@link
 *     BreakGlassRoles}), sorted: the only principals exempt from the data and lock denies (delete,
 *     shorten, copy out, restore, unlock, unshare, key destruction)
 * @param executionRoleName the role CloudFormation StackSets uses in the central account: {@code
 *     stacksets-exec-*} for service-managed stack sets (the suffix is a hash AWS chooses), {@code
 *     AWSCloudFormationStackSetExecutionRole} for self-managed ones (docs/aws-facts.md §1.3) With
 *     {@code deploy.cfct} both are {@code AWSControlTowerExecution}, the role CfCT's stack sets run
 *     as (docs/aws-facts.md §21.2).
 * @param executionRoleArn that role's ARN in the central account (a pattern when service-managed)
 * @param deployRoleArn {@code deploy.roleArn}, the role deploy runs as, when set
 * @param recoveryAccounts the accounts a logically air-gapped vault is shared with, sorted
 * @param memberExecutionRoleName the role the member stack set runs as in every member account:
 *     {@code stacksets-exec-*} (always service-managed), or {@code AWSControlTowerExecution} with
 *     CfCT
 */
public record PrincipalClasses(
    List<String> vaultAdmins,
    String executionRoleName,
    String executionRoleArn,
    Optional<String> deployRoleArn,
    List<String> recoveryAccounts,
    String memberExecutionRoleName) {
  public static final String SERVICE_MANAGED_EXEC_ROLE = "stacksets-exec-*";
  public static final String SELF_MANAGED_EXEC_ROLE = "AWSCloudFormationStackSetExecutionRole";

  public PrincipalClasses {
    vaultAdmins = List.copyOf(vaultAdmins);
    recoveryAccounts = List.copyOf(recoveryAccounts);
  }

  public static PrincipalClasses of(AirGapModel model) {
    boolean cfct = model.deploy().cfct().isPresent();
    String name =
        cfct
            ? Cfct.EXECUTION_ROLE
            : model.deploy().centralPermissionModel() == PermissionModel.SERVICE_MANAGED
                ? SERVICE_MANAGED_EXEC_ROLE
                : SELF_MANAGED_EXEC_ROLE;
    TreeSet<String> vaultAdmins = new TreeSet<>(model.central().admins());
    vaultAdmins.addAll(BreakGlassRoles.admins(model));
    return new PrincipalClasses(
        List.copyOf(vaultAdmins),
        name,
        "arn:"
            + model.organization().partition().yamlName()
            + ":iam::"
            + model.central().account()
            + ":role/"
            + name,
        model.deploy().roleArn(),
        model.sharedWithAccounts(),
        cfct ? Cfct.EXECUTION_ROLE : SERVICE_MANAGED_EXEC_ROLE);
  }

  /**
   * A role name an attacker could give a role of their own to match {@code namePattern}: the
   * pattern with its wildcard filled in, or the exact name itself.
   */
  public static String lookAlike(String namePattern, String fill) {
    return namePattern.replace("*", fill);
  }

  /**
   * Every principal an exemption names, sorted and without repeats: the admins, the central
   * StackSet execution role and the deploy role when set. The guardrail protects exactly these.
   */
  public List<String> exemptPrincipalArns() {
    TreeSet<String> exempt = new TreeSet<>(vaultAdmins);
    exempt.add(executionRoleArn);
    deployRoleArn.ifPresent(exempt::add);
    return List.copyOf(exempt);
  }
}
