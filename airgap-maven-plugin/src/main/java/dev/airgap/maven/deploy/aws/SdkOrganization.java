package dev.airgap.maven.deploy.aws;

import dev.airgap.maven.deploy.CloudCallException;
import dev.airgap.maven.deploy.Organization;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.ChildType;
import software.amazon.awssdk.services.organizations.model.PolicyTypeSummary;
import software.amazon.awssdk.services.sts.StsClient;

/** {@link Organization} over the AWS SDK (Organizations speaks AWS JSON 1.1, facts §9). */
public final class SdkOrganization implements Organization {
  private final OrganizationsClient orgs;
  private final StsClient sts;

  public SdkOrganization(OrganizationsClient orgs, StsClient sts) {
    this.orgs = orgs;
    this.sts = sts;
  }

  @Override
  public Description describe() {
    var o =
        SdkErrors.call(
            "DescribeOrganization", () -> orgs.describeOrganization(r -> {}).organization());
    return new Description(o.id(), o.masterAccountId(), o.featureSetAsString());
  }

  @Override
  public String callerAccount() {
    return SdkErrors.call("GetCallerIdentity", () -> sts.getCallerIdentity(r -> {}).account());
  }

  @Override
  public List<String> trustedServicePrincipals() {
    return SdkErrors.call(
        "ListAWSServiceAccessForOrganization",
        () -> {
          List<String> out = new ArrayList<>();
          orgs.listAWSServiceAccessForOrganizationPaginator(r -> {})
              .forEach(
                  page ->
                      page.enabledServicePrincipals().forEach(p -> out.add(p.servicePrincipal())));
          return out;
        });
  }

  @Override
  public List<Organization.Root> roots() {
    return SdkErrors.call(
        "ListRoots",
        () -> {
          List<Organization.Root> out = new ArrayList<>();
          List<software.amazon.awssdk.services.organizations.model.Root> all = new ArrayList<>();
          orgs.listRootsPaginator(r -> {}).forEach(page -> all.addAll(page.roots()));
          for (software.amazon.awssdk.services.organizations.model.Root root : all) {
            Map<String, String> types = new TreeMap<>();
            for (PolicyTypeSummary t : root.policyTypes()) {
              types.put(t.typeAsString(), t.statusAsString());
            }
            out.add(new Organization.Root(root.id(), types));
          }
          return out;
        });
  }

  @Override
  public List<String> delegatedAdministrators(String servicePrincipal) {
    return SdkErrors.call(
        "ListDelegatedAdministrators",
        () -> {
          List<String> out = new ArrayList<>();
          orgs.listDelegatedAdministratorsPaginator(r -> r.servicePrincipal(servicePrincipal))
              .forEach(page -> page.delegatedAdministrators().forEach(a -> out.add(a.id())));
          return out;
        });
  }

  @Override
  public Optional<String> organizationalUnitName(String ouId) {
    try {
      return Optional.of(
          SdkErrors.call(
              "DescribeOrganizationalUnit",
              () ->
                  orgs.describeOrganizationalUnit(r -> r.organizationalUnitId(ouId))
                      .organizationalUnit()
                      .name()));
    } catch (CloudCallException e) {
      if (e.kind() == CloudCallException.Kind.NOT_FOUND) {
        return Optional.empty();
      }
      throw e;
    }
  }

  @Override
  public Optional<Organization.Account> account(String accountId) {
    try {
      software.amazon.awssdk.services.organizations.model.Account a =
          SdkErrors.call(
              "DescribeAccount", () -> orgs.describeAccount(r -> r.accountId(accountId)).account());
      return Optional.of(toAccount(a));
    } catch (CloudCallException e) {
      if (e.kind() == CloudCallException.Kind.NOT_FOUND) {
        return Optional.empty();
      }
      throw e;
    }
  }

  @Override
  public List<Organization.Account> accountsUnder(String parentId) {
    List<Organization.Account> out = new ArrayList<>();
    SdkErrors.run(
        "ListAccountsForParent",
        () ->
            orgs.listAccountsForParentPaginator(r -> r.parentId(parentId))
                .forEach(page -> page.accounts().forEach(a -> out.add(toAccount(a)))));
    List<String> children = new ArrayList<>();
    SdkErrors.run(
        "ListChildren",
        () ->
            orgs.listChildrenPaginator(
                    r -> r.parentId(parentId).childType(ChildType.ORGANIZATIONAL_UNIT))
                .forEach(page -> page.children().forEach(c -> children.add(c.id()))));
    for (String child : children) {
      out.addAll(accountsUnder(child));
    }
    return out;
  }

  @SuppressWarnings("deprecation")
  private static Organization.Account toAccount(
      software.amazon.awssdk.services.organizations.model.Account a) {
    // Status is being replaced by State; read the newer field when the service sends it.
    String status = a.stateAsString() != null ? a.stateAsString() : a.statusAsString();
    return new Organization.Account(
        a.id(), a.name() == null ? "" : a.name(), status == null ? "" : status);
  }
}
