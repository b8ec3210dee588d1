package dev.airgap.maven.init;

import java.util.List;

/**
 * The four read calls of AWS Organizations that {@code airgap:init} discovery makes, each paginated
 * by the implementation. Failures are {@link dev.airgap.maven.deploy.CloudCallException}s.
 */
public interface OrganizationTree {

  /** {@code DescribeOrganization}. */
  Description describe();

  /** {@code ListRoots}: root ids. */
  List<String> rootIds();

  /** {@code ListOrganizationalUnitsForParent}. */
  List<Unit> organizationalUnits(String parentId);

  /** {@code ListAccountsForParent}. */
  List<Member> accounts(String parentId);

  record Description(String id, String managementAccountId) {}

  record Unit(String id, String name) {}

  /**
   * @param status {@code ACTIVE}, {@code SUSPENDED}, …
   */
  record Member(String id, String name, String status) {}
}
