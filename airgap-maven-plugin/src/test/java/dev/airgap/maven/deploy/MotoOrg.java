package dev.airgap.maven.deploy;

import dev.airgap.generator.manifest.DeploymentManifest;
import dev.airgap.generator.manifest.DeploymentUnit;
import dev.airgap.generator.manifest.DeploymentUnit.UnitKind;
import dev.airgap.generator.manifest.DeploymentUnit.UnitTargets;
import dev.airgap.generator.manifest.ManifestJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.PolicyType;

/** An organization made in moto through the SDK, and a four-unit manifest that targets it. */
record MotoOrg(String organizationId, String managementAccount, String rootId, String backupOu, String workloadsOu,
    String centralAccount, List<String> memberAccounts) {

  static final String REGION = "eu-west-1";

  static MotoOrg create(OrganizationsClient orgs, boolean enableBackupPolicy) {
    var org = orgs.createOrganization(r -> r.featureSet("ALL")).organization();
    String root = orgs.listRoots(r -> {}).roots().get(0).id();
    orgs.enablePolicyType(r -> r.rootId(root).policyType(PolicyType.SERVICE_CONTROL_POLICY));
    if (enableBackupPolicy) {
      orgs.enablePolicyType(r -> r.rootId(root).policyType(PolicyType.BACKUP_POLICY));
    }
    orgs.enableAWSServiceAccess(r -> r.servicePrincipal("backup.amazonaws.com"));
    String backupOu = orgs.createOrganizationalUnit(r -> r.parentId(root).name("backup")).organizationalUnit().id();
    String workloadsOu = orgs.createOrganizationalUnit(r -> r.parentId(root).name("workloads")).organizationalUnit().id();
    String central = account(orgs, "central", root, backupOu);
    List<String> members = new ArrayList<>();
    for (int i = 1; i <= 2; i++) {
      members.add(account(orgs, "member" + i, root, workloadsOu));
    }
    return new MotoOrg(org.id(), org.masterAccountId(), root, backupOu, workloadsOu, central, List.copyOf(members));
  }

  private static String account(OrganizationsClient orgs, String name, String root, String ou) {
    String id = orgs.createAccount(r -> r.accountName(name).email(name + "@example.com")).createAccountStatus().accountId();
    orgs.moveAccount(r -> r.accountId(id).sourceParentId(root).destinationParentId(ou));
    return id;
  }

  /** Writes the fixture templates and a manifest with real hashes into {@code dir}; {@code edits} replace template text. */
  DeployInput writeManifest(Path dir, Map<String, String> templateEdits) throws IOException {
    Map<String, String> bodies = new LinkedHashMap<>();
    for (String id : List.of("central-vault", "central-alerts", "member-baseline", "management")) {
      try (InputStream in = MotoOrg.class.getResourceAsStream("moto/" + id + ".yaml")) {
        String body = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (templateEdits.containsKey(id)) {
          body = body + templateEdits.get(id);
        }
        bodies.put(id, body);
        Files.writeString(dir.resolve(id + ".yaml"), body);
      }
    }
    Map<String, String> prefs = Map.of("RegionConcurrencyType", "PARALLEL", "MaxConcurrentPercentage", "100",
        "FailureTolerancePercentage", "0");
    List<DeploymentUnit> units = List.of(
        new DeploymentUnit("central-vault", UnitKind.STACK_SET, "airgap-central-vault", "SERVICE_MANAGED",
            new UnitTargets(List.of(backupOu), List.of(centralAccount), "INTERSECTION"), List.of("eu-central-1", REGION),
            Map.of("VaultName", "airgap-central"), List.of(), "central-vault.yaml", sha(bodies.get("central-vault")), List.of(), false,
            prefs, List.of("airgap-central")),
        new DeploymentUnit("central-alerts", UnitKind.STACK_SET, "airgap-central-alerts", "SELF_MANAGED",
            new UnitTargets(List.of(), List.of(centralAccount), "NONE"), List.of(REGION), Map.of(), List.of(), "central-alerts.yaml",
            sha(bodies.get("central-alerts")), List.of("central-vault"), false, prefs, List.of()),
        new DeploymentUnit("member-baseline", UnitKind.STACK_SET, "airgap-member-baseline", "SERVICE_MANAGED",
            new UnitTargets(List.of(workloadsOu), List.of(), "NONE"), List.of(REGION), Map.of("LocalVaultName", "airgap-local"),
            List.of("CAPABILITY_NAMED_IAM"), "member-baseline.yaml", sha(bodies.get("member-baseline")), List.of("central-vault"), true,
            prefs, List.of()),
        new DeploymentUnit("management", UnitKind.STACK, "airgap-management", "", new UnitTargets(List.of(), List.of(managementAccount),
            "NONE"), List.of(REGION), Map.of("CentralVaultName", "airgap-central"), List.of(), "management.yaml",
            sha(bodies.get("management")), List.of("member-baseline"), false, Map.of(), List.of()));
    DeploymentManifest manifest = new DeploymentManifest(DeploymentManifest.FORMAT_VERSION, organizationId, managementAccount, "SELF",
        units);
    Files.write(dir.resolve(DeploymentManifest.FILE_NAME), ManifestJson.write(manifest));
    return DeployInput.read(dir);
  }

  static String sha(String body) {
    return OperationIds.sha256(body);
  }
}
