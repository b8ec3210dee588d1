package dev.airgap.maven.deploy.aws;

import dev.airgap.maven.init.OrganizationTree;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.organizations.OrganizationsClient;

/**
 * {@link OrganizationTree} over the AWS SDK: read calls only, each followed through every page (the
 * SDK paginators follow NextToken).
 */
public final class SdkOrganizationTree implements OrganizationTree {
  private final OrganizationsClient orgs;

  public SdkOrganizationTree(OrganizationsClient orgs) {
    this.orgs = orgs;
  }

  @Override
  public Description describe() {
    var o =
        SdkErrors.call(
            "DescribeOrganization", () -> orgs.describeOrganization(r -> {}).organization());
    return new Description(o.id(), o.masterAccountId());
  }

  @Override
  public List<String> rootIds() {
    List<String> out = new ArrayList<>();
    SdkErrors.run(
        "ListRoots",
        () ->
            orgs.listRootsPaginator(r -> {}).forEach(p -> p.roots().forEach(x -> out.add(x.id()))));
    return out;
  }

  @Override
  public List<Unit> organizationalUnits(String parentId) {
    List<Unit> out = new ArrayList<>();
    SdkErrors.run(
        "ListOrganizationalUnitsForParent",
        () ->
            orgs.listOrganizationalUnitsForParentPaginator(r -> r.parentId(parentId))
                .forEach(
                    p ->
                        p.organizationalUnits()
                            .forEach(u -> out.add(new Unit(u.id(), nonNull(u.name()))))));
    return out;
  }

  @Override
  @SuppressWarnings("deprecation")
  public List<Member> accounts(String parentId) {
    List<Member> out = new ArrayList<>();
    SdkErrors.run(
        "ListAccountsForParent",
        () ->
            orgs.listAccountsForParentPaginator(r -> r.parentId(parentId))
                .forEach(
                    p ->
                        p.accounts()
                            .forEach(
                                a -> {
                                  // Status is being replaced by State; prefer the newer field.
                                  String status =
                                      a.stateAsString() != null
                                          ? a.stateAsString()
                                          : a.statusAsString();
                                  out.add(new Member(a.id(), nonNull(a.name()), nonNull(status)));
                                })));
    return out;
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }
}
