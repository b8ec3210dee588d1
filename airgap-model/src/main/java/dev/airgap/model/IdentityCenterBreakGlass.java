package dev.airgap.model;

import java.util.Optional;

/**
 * The IAM Identity Center path to the break-glass roles (central.breakGlass.identityCenter): airgap
 * generates a permission set per purpose and assigns it to the named group in the central account
 * only. Identity Center then creates the role {@code AWSReservedSSO_<permission set>_<suffix>}
 * there (docs/aws-facts.md §18).
 *
 * @param instanceArn the organization instance of Identity Center ({@code
 *     arn:aws:sso:::instance/ssoins-…})
 * @param region the Region of that instance; the permission sets are created there, by a stack in
 *     the management account
 * @param restoreGroupId the Identity Store group assigned the restore permission set
 * @param vaultAdminGroupId the Identity Store group assigned the vault-admin permission set
 */
public record IdentityCenterBreakGlass(
    String instanceArn,
    String region,
    Optional<String> restoreGroupId,
    Optional<String> vaultAdminGroupId) {}
