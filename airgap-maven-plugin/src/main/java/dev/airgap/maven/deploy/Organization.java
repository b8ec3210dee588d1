package dev.airgap.maven.deploy;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * AWS Organizations and STS, as doctor and deploy need them. Failures are {@link
 * CloudCallException}s.
 */
public interface Organization {

  /** {@code DescribeOrganization}. */
  Description describe();

  /** STS {@code GetCallerIdentity} account. */
  String callerAccount();

  /** {@code ListAWSServiceAccessForOrganization}: the service principals with trusted access. */
  List<String> trustedServicePrincipals();

  /** {@code ListRoots}. */
  List<Root> roots();

  /** {@code ListDelegatedAdministrators(ServicePrincipal)}: account ids. */
  List<String> delegatedAdministrators(String servicePrincipal);

  /** {@code DescribeOrganizationalUnit}: the OU's name, empty when it does not exist. */
  Optional<String> organizationalUnitName(String ouId);

  /** {@code DescribeAccount}; empty when the account is not in the organization. */
  Optional<Account> account(String accountId);

  /**
   * Every account under a root or OU, nested OUs included ({@code ListAccountsForParent}, {@code
   * ListOrganizationalUnitsForParent}).
   */
  List<Account> accountsUnder(String parentId);

  /**
   * @param featureSet {@code ALL} or {@code CONSOLIDATED_BILLING}
   */
  record Description(String id, String managementAccountId, String featureSet) {}

  /**
   * @param policyTypes policy type → status ({@code ENABLED}, {@code PENDING_ENABLE}, …)
   */
  record Root(String id, Map<String, String> policyTypes) {}

  /**
   * @param status {@code ACTIVE}, {@code SUSPENDED}, …
   */
  record Account(String id, String name, String status) {}
}
