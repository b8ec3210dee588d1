package dev.airgap.generator.units;

import dev.airgap.generator.manifest.DeploymentUnit;
import dev.airgap.generator.manifest.DeploymentUnit.AccountFilterType;
import dev.airgap.generator.manifest.DeploymentUnit.PermissionModel;
import dev.airgap.generator.manifest.DeploymentUnit.UnitKind;
import dev.airgap.generator.manifest.DeploymentUnit.UnitTargets;
import dev.airgap.model.AirGapModel;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** The places units deploy to, shared so that units in one place are deployed alike. */
final class Deployments {
  private Deployments() {}

  /** A stack set with one instance per central region in the central account. */
  static DeploymentUnit.Builder centralStackSet(AirGapModel model, UnitId unitId) {
    return accountStackSet(
        model, unitId, model.central().account(), model.central().organizationalUnit());
  }

  /**
   * A stack set with one instance per central region in the key account ({@code central.key.kind:
   * key-account}), deployed like the central units.
   */
  static DeploymentUnit.Builder keyAccountStackSet(AirGapModel model, UnitId unitId) {
    dev.airgap.model.KeyAccount key = model.central().key().keyAccount().orElseThrow();
    return accountStackSet(model, unitId, key.account(), key.organizationalUnit());
  }

  /** A stack set with one instance per central region in one account. */
  static DeploymentUnit.Builder accountStackSet(
      AirGapModel model,
      UnitId unitId,
      String account,
      java.util.Optional<String> organizationalUnit) {
    boolean serviceManaged =
        model.deploy().centralPermissionModel() == dev.airgap.model.PermissionModel.SERVICE_MANAGED;
    return DeploymentUnit.builder(unitId, UnitKind.STACK_SET, Names.stackName(model, unitId))
        .permissionModel(
            serviceManaged ? PermissionModel.SERVICE_MANAGED : PermissionModel.SELF_MANAGED)
        .targets(accountTargets(model, account, organizationalUnit))
        .regions(sorted(model.central().regions()))
        .operationPreferences(operationPreferences(model));
  }

  /**
   * The targets that reach one account: service-managed stack sets target its OU narrowed to the
   * account (INTERSECTION, docs/aws-facts.md §8.3), self-managed ones the account itself.
   */
  static UnitTargets accountTargets(
      AirGapModel model, String account, java.util.Optional<String> organizationalUnit) {
    return model.deploy().centralPermissionModel()
            == dev.airgap.model.PermissionModel.SERVICE_MANAGED
        ? new UnitTargets(
            organizationalUnit.map(List::of).orElse(List.of()),
            List.of(account),
            AccountFilterType.INTERSECTION)
        : UnitTargets.accounts(account);
  }

  /**
   * A plain stack in the management account, in the first central region: service-managed stack
   * sets never reach that account (docs/aws-facts.md §8.3).
   */
  static DeploymentUnit.Builder managementStack(AirGapModel model, UnitId unitId) {
    return DeploymentUnit.builder(unitId, UnitKind.STACK, Names.stackName(model, unitId))
        .targets(UnitTargets.accounts(model.organization().managementAccount()))
        .regions(List.of(sorted(model.central().regions()).get(0)));
  }

  static Map<String, String> operationPreferences(AirGapModel model) {
    Map<String, String> prefs = new TreeMap<>();
    var p = model.deploy().operationPreferences();
    prefs.put("FailureTolerancePercentage", String.valueOf(p.failureTolerancePercentage()));
    prefs.put("MaxConcurrentPercentage", String.valueOf(p.maxConcurrentPercentage()));
    prefs.put("RegionConcurrencyType", p.regionConcurrency().name());
    return prefs;
  }

  static List<String> sorted(List<String> values) {
    return List.copyOf(new TreeSet<>(values));
  }
}
