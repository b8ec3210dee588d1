package dev.airgap.maven.deploy;

import dev.airgap.generator.manifest.DeploymentManifest;
import dev.airgap.generator.manifest.DeploymentUnit;
import dev.airgap.generator.manifest.DeploymentUnit.AccountFilterType;
import dev.airgap.generator.manifest.DeploymentUnit.PermissionModel;
import dev.airgap.generator.manifest.DeploymentUnit.UnitKind;
import dev.airgap.generator.manifest.DeploymentUnit.UnitTargets;
import dev.airgap.generator.manifest.ManifestJson;
import dev.airgap.generator.units.CentralAlertsUnit;
import dev.airgap.generator.units.CentralVaultUnit;
import dev.airgap.generator.units.ManagementUnit;
import dev.airgap.generator.units.MemberBaselineUnit;
import dev.airgap.generator.units.UnitId;
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
record MotoOrg(
    String organizationId,
    String managementAccount,
    String rootId,
    String backupOu,
    String workloadsOu,
    String centralAccount,
    List<String> memberAccounts) {

  static final String REGION = "eu-west-1";

  static MotoOrg create(OrganizationsClient orgs, boolean enableBackupPolicy) {
    var org = orgs.createOrganization(r -> r.featureSet("ALL")).organization();
    String root = orgs.listRoots(r -> {}).roots().get(0).id();
    orgs.enablePolicyType(r -> r.rootId(root).policyType(PolicyType.SERVICE_CONTROL_POLICY));
    if (enableBackupPolicy) {
      orgs.enablePolicyType(r -> r.rootId(root).policyType(PolicyType.BACKUP_POLICY));
    }
    orgs.enableAWSServiceAccess(r -> r.servicePrincipal("backup.amazonaws.com"));
    String backupOu =
        orgs.createOrganizationalUnit(r -> r.parentId(root).name("backup"))
            .organizationalUnit()
            .id();
    String workloadsOu =
        orgs.createOrganizationalUnit(r -> r.parentId(root).name("workloads"))
            .organizationalUnit()
            .id();
    String central = account(orgs, "central", root, backupOu);
    List<String> members = new ArrayList<>();
    for (int i = 1; i <= 2; i++) {
      members.add(account(orgs, "member" + i, root, workloadsOu));
    }
    return new MotoOrg(
        org.id(),
        org.masterAccountId(),
        root,
        backupOu,
        workloadsOu,
        central,
        List.copyOf(members));
  }

  private static String account(OrganizationsClient orgs, String name, String root, String ou) {
    String id =
        orgs.createAccount(r -> r.accountName(name).email(name + "@example.com"))
            .createAccountStatus()
            .accountId();
    orgs.moveAccount(r -> r.accountId(id).sourceParentId(root).destinationParentId(ou));
    return id;
  }

  /**
   * Writes the fixture templates and a manifest with real hashes into {@code dir}; {@code edits}
   * replace template text.
   */
  DeployInput writeManifest(Path dir, Map<String, String> templateEdits) throws IOException {
    Map<String, String> bodies = new LinkedHashMap<>();
    for (UnitId unit :
        List.of(
            CentralVaultUnit.ID, CentralAlertsUnit.ID, MemberBaselineUnit.ID, ManagementUnit.ID)) {
      String id = unit.value();
      try (InputStream in = MotoOrg.class.getResourceAsStream("moto/" + id + ".yaml")) {
        String body = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (templateEdits.containsKey(id)) {
          body = body + templateEdits.get(id);
        }
        bodies.put(id, body);
        Files.writeString(dir.resolve(id + ".yaml"), body);
      }
    }
    Map<String, String> prefs =
        Map.of(
            "RegionConcurrencyType",
            "PARALLEL",
            "MaxConcurrentPercentage",
            "100",
            "FailureTolerancePercentage",
            "0");
    List<DeploymentUnit> units =
        List.of(
            stackSet(CentralVaultUnit.ID, bodies, prefs)
                .permissionModel(PermissionModel.SERVICE_MANAGED)
                .targets(
                    new UnitTargets(
                        List.of(backupOu), List.of(centralAccount), AccountFilterType.INTERSECTION))
                .regions(List.of("eu-central-1", REGION))
                .parameters(Map.of("VaultName", "airgap-central"))
                .complianceLockedVaults(List.of("airgap-central"))
                .build(),
            stackSet(CentralAlertsUnit.ID, bodies, prefs)
                .permissionModel(PermissionModel.SELF_MANAGED)
                .targets(UnitTargets.accounts(centralAccount))
                .dependsOn(CentralVaultUnit.ID)
                .build(),
            stackSet(MemberBaselineUnit.ID, bodies, prefs)
                .permissionModel(PermissionModel.SERVICE_MANAGED)
                .targets(new UnitTargets(List.of(workloadsOu), List.of(), AccountFilterType.NONE))
                .parameters(Map.of("LocalVaultName", "airgap-local"))
                .capabilities(List.of("CAPABILITY_NAMED_IAM"))
                .dependsOn(CentralVaultUnit.ID)
                .autoDeployment(true)
                .build(),
            DeploymentUnit.builder(ManagementUnit.ID, UnitKind.STACK, "airgap-" + ManagementUnit.ID)
                .targets(UnitTargets.accounts(managementAccount))
                .regions(List.of(REGION))
                .parameters(Map.of("CentralVaultName", "airgap-central"))
                .templateFile(ManagementUnit.ID.fileName())
                .templateSha256(sha(bodies.get(ManagementUnit.ID.value())))
                .dependsOn(MemberBaselineUnit.ID)
                .build());
    DeploymentManifest manifest =
        new DeploymentManifest(
            DeploymentManifest.FORMAT_VERSION,
            organizationId,
            managementAccount,
            DeploymentManifest.CallAs.SELF,
            units);
    Files.write(dir.resolve(DeploymentManifest.FILE_NAME), ManifestJson.write(manifest));
    return DeployInput.read(dir);
  }

  /** A stack set of the fixture in {@code REGION}, named and hashed like generated ones. */
  private static DeploymentUnit.Builder stackSet(
      UnitId id, Map<String, String> bodies, Map<String, String> prefs) {
    return DeploymentUnit.builder(id, UnitKind.STACK_SET, "airgap-" + id)
        .regions(List.of(REGION))
        .templateFile(id.fileName())
        .templateSha256(sha(bodies.get(id.value())))
        .operationPreferences(prefs);
  }

  static String sha(String body) {
    return OperationIds.sha256(body);
  }
}
