package dev.airgap.generator.manifest;

import dev.airgap.generator.GeneratedTemplate;
import dev.airgap.generator.units.OutputSets;
import dev.airgap.generator.units.UnitCatalog;
import dev.airgap.model.AirGapModel;
import dev.airgap.model.DeployFrom;
import dev.airgap.model.util.Sha256;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the deployment manifest from the model and the rendered templates: each template's unit
 * (from {@link UnitCatalog}) says how it is deployed; the builder adds the file and its hash and
 * puts the units in dependency order.
 */
public final class ManifestBuilder {
  private ManifestBuilder() {}

  /**
   * The manifest airgap:deploy runs. With {@code deploy.cfct} the stack sets are CfCT's to deploy
   * ({@code CfctPackage}), so they are left out, and so are the dependencies on them: the CfCT
   * pipeline runs first (docs/aws-facts.md §21.2).
   */
  public static DeploymentManifest build(AirGapModel model, List<GeneratedTemplate> templates) {
    // The recovery organization's units are deployed from their own manifest, with its
    // credentials (RecoveryOrganizationSet).
    List<DeploymentUnit> units =
        allUnits(
            model, templates.stream().filter(t -> !OutputSets.inRecoverySet(t.unitId())).toList());
    if (model.deploy().cfct().isPresent()) {
      List<String> byCfct = cfctUnits(units).stream().map(DeploymentUnit::id).toList();
      units =
          units.stream()
              .filter(u -> !byCfct.contains(u.id()))
              .map(
                  u ->
                      u.withDependsOn(
                          u.dependsOn().stream().filter(d -> !byCfct.contains(d)).toList()))
              .toList();
    }
    DeploymentManifest.CallAs callAs =
        model.organization().deployFrom() == DeployFrom.DELEGATED_ADMIN
            ? DeploymentManifest.CallAs.DELEGATED_ADMIN
            : DeploymentManifest.CallAs.SELF;
    return new DeploymentManifest(
        DeploymentManifest.FORMAT_VERSION,
        model.organization().id(),
        model.organization().managementAccount(),
        callAs,
        dependencyOrder(units));
  }

  /** Every generated unit, deployed by whoever deploys it, in dependency order. */
  public static List<DeploymentUnit> allUnits(
      AirGapModel model, List<GeneratedTemplate> templates) {
    List<DeploymentUnit> units = new ArrayList<>();
    for (GeneratedTemplate template : templates) {
      units.add(
          UnitCatalog.unitOf(template.unitId())
              .deployment(model, template.unitId())
              .templateFile(template.fileName())
              .templateSha256(sha256(template))
              .build());
    }
    return dependencyOrder(units);
  }

  /** The units a CfCT pipeline deploys: the stack sets. */
  public static List<DeploymentUnit> cfctUnits(List<DeploymentUnit> units) {
    return units.stream().filter(u -> u.kind() == DeploymentUnit.UnitKind.STACK_SET).toList();
  }

  /**
   * Each unit after every unit it depends on; among units ready at the same time, the smallest id
   * first, so the order does not depend on the order units are listed in.
   */
  static List<DeploymentUnit> dependencyOrder(List<DeploymentUnit> units) {
    Map<String, DeploymentUnit> pending = new TreeMap<>();
    units.forEach(u -> pending.put(u.id(), u));
    for (DeploymentUnit u : units) {
      for (String dependency : u.dependsOn()) {
        if (!pending.containsKey(dependency)) {
          throw new IllegalStateException(
              "unit " + u.id() + " depends on " + dependency + ", which is not generated");
        }
      }
    }
    List<DeploymentUnit> ordered = new ArrayList<>();
    List<String> done = new ArrayList<>();
    while (!pending.isEmpty()) {
      DeploymentUnit next =
          pending.values().stream()
              .filter(u -> done.containsAll(u.dependsOn()))
              .findFirst()
              .orElseThrow(
                  () ->
                      new IllegalStateException("units depend on each other: " + pending.keySet()));
      ordered.add(next);
      done.add(next.id());
      pending.remove(next.id());
    }
    return ordered;
  }

  /** Lower-case hex SHA-256 of the template bytes. */
  public static String sha256(GeneratedTemplate template) {
    return sha256(template.content());
  }

  public static String sha256(byte[] bytes) {
    return Sha256.hex(bytes);
  }
}
