package dev.airgap.generator.manifest;

import dev.airgap.generator.GeneratedTemplate;
import dev.airgap.generator.manifest.DeploymentUnit.UnitKind;
import dev.airgap.generator.manifest.DeploymentUnit.UnitTargets;
import dev.airgap.generator.units.Names;
import dev.airgap.model.AirGapModel;
import dev.airgap.model.DeployFrom;
import dev.airgap.model.LockMode;
import dev.airgap.model.PermissionModel;
import dev.airgap.model.ScpMode;
import dev.airgap.model.VaultKind;
import dev.airgap.model.util.Sha256;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Builds the deployment manifest from the model and the rendered templates. */
public final class ManifestBuilder {
  private ManifestBuilder() {}

  public static DeploymentManifest build(AirGapModel model, List<GeneratedTemplate> templates) {
    Map<String, GeneratedTemplate> byId = new TreeMap<>();
    templates.forEach(t -> byId.put(t.unitId(), t));
    String callAs = model.organization().deployFrom() == DeployFrom.DELEGATED_ADMIN ? "DELEGATED_ADMIN" : "SELF";
    List<String> centralRegions = sorted(model.central().regions());
    boolean serviceManaged = model.deploy().centralPermissionModel() == PermissionModel.SERVICE_MANAGED;
    UnitTargets centralTargets = serviceManaged
        // Service-managed stack sets target OUs; INTERSECTION narrows the OU to the one account (facts.md §8.3).
        ? new UnitTargets(model.central().organizationalUnit().map(List::of).orElse(List.of()),
            List.of(model.central().account()), "INTERSECTION")
        : new UnitTargets(List.of(), List.of(model.central().account()), "NONE");
    String centralModel = serviceManaged ? "SERVICE_MANAGED" : "SELF_MANAGED";
    Map<String, String> prefs = operationPreferences(model);
    boolean compliance = model.central().vault().kind() == VaultKind.LOGICALLY_AIR_GAPPED
        || model.central().vault().lock().mode() == LockMode.COMPLIANCE;

    List<DeploymentUnit> units = new ArrayList<>();
    units.add(new DeploymentUnit(Names.CENTRAL_ALERTS, UnitKind.STACK_SET, Names.stackName(model, Names.CENTRAL_ALERTS),
        centralModel, centralTargets, centralRegions, Map.of(), List.of(),
        byId.get(Names.CENTRAL_ALERTS).fileName(), sha256(byId.get(Names.CENTRAL_ALERTS)), List.of(), false, prefs,
        List.of()));
    // The vault's notifications name the alert topic, so the topic must exist first.
    units.add(new DeploymentUnit(Names.CENTRAL_VAULT, UnitKind.STACK_SET, Names.stackName(model, Names.CENTRAL_VAULT),
        centralModel, centralTargets, centralRegions, Map.of(), List.of(),
        byId.get(Names.CENTRAL_VAULT).fileName(), sha256(byId.get(Names.CENTRAL_VAULT)), List.of(Names.CENTRAL_ALERTS),
        false, prefs, compliance ? List.of(model.central().vault().name()) : List.of()));
    List<String> exclude = sorted(model.members().targets().excludeAccounts());
    UnitTargets memberTargets = new UnitTargets(sorted(model.members().targets().organizationalUnits()), exclude,
        exclude.isEmpty() ? "NONE" : "DIFFERENCE");
    units.add(new DeploymentUnit(Names.MEMBER_BASELINE, UnitKind.STACK_SET,
        Names.stackName(model, Names.MEMBER_BASELINE), "SERVICE_MANAGED", memberTargets, sorted(model.members().regions()),
        Map.of(), List.of("CAPABILITY_NAMED_IAM"), byId.get(Names.MEMBER_BASELINE).fileName(),
        sha256(byId.get(Names.MEMBER_BASELINE)), List.of(), true, prefs, List.of()));
    // The SCP names the central vault; it waits for the member baseline as it did when it shared a
    // stack with the backup policies, so that member accounts are never guarded before they are set up.
    units.add(new DeploymentUnit(Names.MANAGEMENT, UnitKind.STACK, Names.stackName(model, Names.MANAGEMENT), "",
        new UnitTargets(List.of(), List.of(model.organization().managementAccount()), "NONE"),
        List.of(centralRegions.get(0)), Map.of(),
        model.protection().scp().mode() == ScpMode.LAMBDA ? List.of("CAPABILITY_IAM") : List.of(),
        byId.get(Names.MANAGEMENT).fileName(), sha256(byId.get(Names.MANAGEMENT)),
        List.of(Names.CENTRAL_VAULT, Names.MEMBER_BASELINE), false, Map.of(), List.of()));
    // The backup policies name the member vault and role (member-baseline) and copy to the central
    // vault (facts.md §4.6); plain stacks in the management account like the SCP (facts.md §8.3).
    // They also wait for management: output of earlier versions kept the policies in that stack,
    // and a policy name is unique per organization (CreatePolicy: DuplicatePolicyException), so the
    // management update must delete them before these stacks create them again under the same names.
    // Each waits for the one before it, so a policy that moved to a later stack is deleted from
    // the earlier one first (BackupPoliciesUnit).
    for (int n = 1; byId.containsKey(Names.backupPoliciesUnit(n)); n++) {
      GeneratedTemplate template = byId.get(Names.backupPoliciesUnit(n));
      List<String> dependsOn = new ArrayList<>(List.of(Names.CENTRAL_VAULT, Names.MEMBER_BASELINE, Names.MANAGEMENT));
      if (n > 1) {
        dependsOn.add(Names.backupPoliciesUnit(n - 1));
      }
      units.add(new DeploymentUnit(template.unitId(), UnitKind.STACK, Names.stackName(model, template.unitId()), "",
          new UnitTargets(List.of(), List.of(model.organization().managementAccount()), "NONE"),
          List.of(centralRegions.get(0)), Map.of(), List.of(), template.fileName(), sha256(template),
          dependsOn, false, Map.of(), List.of()));
    }
    return new DeploymentManifest(DeploymentManifest.FORMAT_VERSION, model.organization().id(),
        model.organization().managementAccount(), callAs, units);
  }

  private static Map<String, String> operationPreferences(AirGapModel model) {
    Map<String, String> prefs = new TreeMap<>();
    var p = model.deploy().operationPreferences();
    prefs.put("FailureTolerancePercentage", String.valueOf(p.failureTolerancePercentage()));
    prefs.put("MaxConcurrentPercentage", String.valueOf(p.maxConcurrentPercentage()));
    prefs.put("RegionConcurrencyType", p.regionConcurrency().name());
    return prefs;
  }

  private static List<String> sorted(List<String> values) {
    return List.copyOf(new TreeSet<>(values));
  }

  /** Lower-case hex SHA-256 of the template bytes. */
  public static String sha256(GeneratedTemplate template) {
    return sha256(template.content());
  }

  public static String sha256(byte[] bytes) {
    return Sha256.hex(bytes);
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
