package dev.airgap.maven.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.generator.AirGapCompiler;
import dev.airgap.generator.CompileResult;
import dev.airgap.maven.init.ConfigRepo;
import dev.airgap.maven.init.DiscoveredOrganization;
import dev.airgap.maven.init.InitRequest;
import dev.airgap.model.io.ModelReader;
import dev.airgap.model.validate.Finding;
import dev.airgap.model.validate.Severity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.organizations.OrganizationsClient;

/**
 * airgap:init's organization discovery against moto_server with real SDK clients: an organization
 * of a few OUs (one nested, one with more children than a page) and accounts built in the test.
 */
class InitDiscoveryAgainstMotoTest extends AgainstMoto {

  /**
   * Root: Security (log-archive), Backup (backup-central), Workloads/{Prod (21), Dev}, Sandbox (21
   * OUs).
   */
  private record Built(
      String orgId,
      String management,
      String backupOu,
      String central,
      String prodOu,
      String devOu,
      List<String> prodAccounts) {}

  private Built build() {
    OrganizationsClient orgs = clients.organizations();
    var org = orgs.createOrganization(r -> r.featureSet("ALL")).organization();
    String root = orgs.listRoots(r -> {}).roots().get(0).id();
    String security = ou(orgs, root, "Security");
    String backup = ou(orgs, root, "Backup");
    String workloads = ou(orgs, root, "Workloads");
    String prod = ou(orgs, workloads, "Prod");
    String dev = ou(orgs, workloads, "Dev");
    String sandbox = ou(orgs, root, "Sandbox");
    for (int i = 1; i <= 21; i++) {
      ou(orgs, sandbox, "team-" + i);
    }
    account(orgs, "log-archive", root, security);
    String central = account(orgs, "backup-central", root, backup);
    List<String> prodAccounts = new ArrayList<>();
    // More than moto's page of 20: discovery must follow NextToken.
    for (int i = 1; i <= 21; i++) {
      prodAccounts.add(account(orgs, "prod-app" + i, root, prod));
    }
    account(orgs, "dev-app1", root, dev);
    return new Built(org.id(), org.masterAccountId(), backup, central, prod, dev, prodAccounts);
  }

  private static String ou(OrganizationsClient orgs, String parent, String name) {
    return orgs.createOrganizationalUnit(r -> r.parentId(parent).name(name))
        .organizationalUnit()
        .id();
  }

  private static String account(OrganizationsClient orgs, String name, String root, String ou) {
    String id =
        orgs.createAccount(r -> r.accountName(name).email(name + "@example.com"))
            .createAccountStatus()
            .accountId();
    orgs.moveAccount(r -> r.accountId(id).sourceParentId(root).destinationParentId(ou));
    return id;
  }

  @Test
  @DisplayName(
      "discovery reads the whole tree, every page, with the four read calls only; the patterns"
          + " fill in the central account, its OU and the member OUs; the rest stays TODO (AG1090)")
  void discoverAndPropose() {
    // Given
    Built org = build();
    counter.clear();

    // When
    DiscoveredOrganization found = DiscoveredOrganization.discover(clients.organizationTree());
    InitRequest request =
        new InitRequest(
            Path.of("unused"),
            "com.example",
            "backup-config",
            "9.9.9",
            InitRequest.Answers.none(),
            Optional.of(Pattern.compile("backup", Pattern.CASE_INSENSITIVE)),
            Optional.of(Pattern.compile("^(prod|dev)$", Pattern.CASE_INSENSITIVE)));
    String yaml = ConfigRepo.files(request, Optional.of(found)).get("airgap.yaml");

    // Then: the tree, every page of it
    assertThat(found.id()).isEqualTo(org.orgId());
    assertThat(found.managementAccountId()).isEqualTo(org.management());
    assertThat(found.organizationalUnits()).hasSize(6 + 21);
    assertThat(found.parentOf(org.central()).map(DiscoveredOrganization.Node::id))
        .contains(org.backupOu());
    assertThat(found.accounts())
        .filteredOn(p -> p.parent().id().equals(org.prodOu()))
        .extracting(p -> p.account().id())
        .containsExactlyInAnyOrderElementsOf(org.prodAccounts());
    // And only the four read calls, the second pages included
    Map<String, Map<String, Integer>> calls = counter.byTarget();
    assertThat(counter.mutating()).isEmpty();
    assertThat(calls.get("(organization)"))
        .containsOnlyKeys(
            "DescribeOrganization",
            "ListRoots",
            "ListOrganizationalUnitsForParent",
            "ListAccountsForParent")
        .containsEntry("DescribeOrganization", 1)
        .containsEntry("ListRoots", 1)
        // root + 27 OUs, plus the second page of Sandbox's children
        .containsEntry("ListOrganizationalUnitsForParent", 28 + 1)
        // root + 27 OUs, plus the second page of Prod's accounts
        .containsEntry("ListAccountsForParent", 28 + 1);

    // Then: the model
    assertThat(yaml)
        .contains("  id: \"" + org.orgId() + "\"")
        .contains("  managementAccount: \"" + org.management() + "\"")
        .contains("  # account name matches centralAccountPattern 'backup': 'backup-central'\n")
        .contains("  account: \"" + org.central() + "\"")
        .contains("  organizationalUnit: \"" + org.backupOu() + "\"")
        .contains("    # memberOuPattern '^(prod|dev)$' matches: Prod, Dev\n")
        .contains("    organizationalUnits: [\"" + org.prodOu() + "\", \"" + org.devOu() + "\"]")
        .contains("#   Root  r-", "#     Backup  " + org.backupOu())
        .contains("#       - " + org.central() + "  backup-central\n")
        .contains("#       Prod  " + org.prodOu());
    CompileResult result =
        AirGapCompiler.standard()
            .compile(ModelReader.read("airgap.yaml", yaml.getBytes(StandardCharsets.UTF_8)));
    assertThat(result.findings().all())
        .filteredOn(f -> f.severity() == Severity.ERROR)
        .extracting(Finding::ruleId, Finding::pointer)
        .containsExactlyInAnyOrder(
            tuple("AG1090", "/central/regions/0"),
            tuple("AG1090", "/central/admins/0"),
            tuple("AG1090", "/central/alerts/email/0"),
            tuple("AG1090", "/members/regions/0"));
    assertThat(yaml)
        .contains("\"TODO vault admin role ARN, arn:aws:iam::" + org.central() + ":role/<name>\"");
  }

  @Test
  @DisplayName("a pattern that finds several accounts proposes none and lists the candidates")
  void ambiguousCentral() {
    // Given
    Built org = build();
    DiscoveredOrganization found = DiscoveredOrganization.discover(clients.organizationTree());
    InitRequest request =
        new InitRequest(
            Path.of("unused"),
            "com.example",
            "backup-config",
            "9.9.9",
            InitRequest.Answers.none(),
            Optional.of(Pattern.compile("-app1$")),
            Optional.empty());

    // When
    String yaml = ConfigRepo.files(request, Optional.of(found)).get("airgap.yaml");

    // Then
    assertThat(yaml)
        .contains("account name matches centralAccountPattern '-app1$' for several accounts: ")
        .contains("'prod-app1'", "'dev-app1'")
        .contains("  account: \"TODO central backup account id\"")
        .contains("  organizationalUnit: \"TODO OU id of the central account, ou-...\"")
        .doesNotContain("memberOuPattern");
    assertThat(org.central()).isNotEmpty();
  }
}
