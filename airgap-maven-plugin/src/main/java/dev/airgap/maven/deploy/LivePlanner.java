package dev.airgap.maven.deploy;

import dev.airgap.generator.diff.ResourceChange;
import dev.airgap.generator.manifest.DeploymentUnit;
import dev.airgap.generator.manifest.DeploymentUnit.PermissionModel;
import dev.airgap.generator.manifest.DeploymentUnit.UnitKind;
import dev.airgap.maven.deploy.LivePlan.Change;
import dev.airgap.maven.deploy.LivePlan.InstanceBatch;
import dev.airgap.maven.deploy.LivePlan.UnitPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Computes the {@link LivePlan} with read calls only: per unit, what the live stack or stack set
 * lacks compared with the manifest and its templates (there are no change sets for stack sets,
 * facts §8.8), and which of those changes are irreversible.
 *
 * <p>Irreversible, and so needing {@code airgap.confirmIrreversible} for each of the unit's
 * compliance-locked vaults: a new stack set or stack, new instances, and instances left OUTDATED (a
 * first run of the template there creates the manifest's locked vaults); and an update whose
 * template change the generator's typed diff calls irreversible (a compliance lock created or
 * changed, a logically air-gapped vault replaced).
 */
final class LivePlanner {
  private final StackSets stackSets;
  private final RetryPolicy retry;
  private final InstancePlanner instances;

  LivePlanner(StackSets stackSets, Organization organization, RetryPolicy retry) {
    this.stackSets = stackSets;
    this.retry = retry;
    this.instances = new InstancePlanner(organization, retry);
  }

  LivePlan plan(DeployInput input) {
    List<UnitPlan> plans = new ArrayList<>();
    for (DeploymentUnit unit : input.manifest().units()) {
      plans.add(unit.kind() == UnitKind.STACK ? planStack(input, unit) : planStackSet(input, unit));
    }
    return new LivePlan(plans);
  }

  UnitPlan planStackSet(DeployInput input, DeploymentUnit unit) {
    CallAs callAs = input.callAs();
    String body = input.template(unit);
    boolean serviceManaged = isServiceManaged(unit);
    List<String> notes = new ArrayList<>();
    Optional<StackSetState> state =
        retry.call(() -> stackSets.describeStackSet(unit.name(), callAs));
    if (state.isEmpty()) {
      List<InstanceBatch> batches = instances.all(unit, serviceManaged, notes);
      List<String> reasons = new ArrayList<>(List.of("stack set does not exist"));
      reasons.addAll(created(unit, body));
      return new UnitPlan(
          unit.id(),
          "stack set",
          unit.name(),
          Change.CREATE,
          reasons,
          batches,
          unit.complianceLockedVaults(),
          List.of(),
          notes);
    }
    List<String> active =
        retry.call(() -> stackSets.listOperations(unit.name(), callAs)).stream()
            .filter(OperationStatus::isActive)
            .map(o -> o.operationId() + " (" + o.action() + " " + o.status() + ")")
            .toList();
    TemplateChanges changes =
        TemplateChanges.between(
            unit.templateFile(),
            state.get().templateBody(),
            body,
            state.get().parameters(),
            unit.parameters());
    List<String> reasons = new ArrayList<>(changes.reasons());
    List<StackInstance> live = retry.call(() -> stackSets.listStackInstances(unit.name(), callAs));
    long outdated = 0;
    for (StackInstance i : live) {
      if (!i.status().equals("CURRENT")) {
        notes.add(
            "instance "
                + i.account()
                + "/"
                + i.region()
                + " is "
                + i.status()
                + (i.statusReason().isEmpty() ? "" : ": " + i.statusReason()));
        outdated += i.status().equals("OUTDATED") ? 1 : 0;
      }
    }
    if (changes.isEmpty() && outdated > 0) {
      // The stack set already has the template (an update changes it when accepted), but a failed
      // or
      // cancelled operation left instances behind: only another update brings them to it (facts
      // §8.5).
      reasons.add(outdated + " instance(s) OUTDATED: an earlier operation did not reach them");
    }
    List<InstanceBatch> missing =
        instances.missing(unit, input.manifest().managementAccount(), serviceManaged, live, notes);
    Change change = reasons.isEmpty() ? Change.NO_CHANGE : Change.UPDATE;
    // New and OUTDATED instances run the whole template for the first time there; an update of
    // CURRENT
    // ones only applies the template change.
    boolean firstRunSomewhere = !missing.isEmpty() || (change == Change.UPDATE && outdated > 0);
    if (firstRunSomewhere) {
      reasons.addAll(created(unit, body));
    }
    List<String> irreversible =
        firstRunSomewhere ? unit.complianceLockedVaults() : irreversibleVaults(unit, changes);
    return new UnitPlan(
        unit.id(), "stack set", unit.name(), change, reasons, missing, irreversible, active, notes);
  }

  private UnitPlan planStack(DeployInput input, DeploymentUnit unit) {
    String region = stackRegion(unit);
    String body = input.template(unit);
    Optional<StackState> state = retry.call(() -> stackSets.describeStack(region, unit.name()));
    if (state.isEmpty()) {
      List<String> reasons = new ArrayList<>(List.of("stack does not exist in " + region));
      reasons.addAll(created(unit, body));
      return new UnitPlan(
          unit.id(),
          "stack",
          unit.name(),
          Change.CREATE,
          reasons,
          List.of(),
          unit.complianceLockedVaults(),
          List.of(),
          List.of());
    }
    String status = state.get().status();
    if (status.equals("ROLLBACK_COMPLETE")
        || status.endsWith("_IN_PROGRESS")
        || status.endsWith("_FAILED")) {
      String why =
          status.equals("ROLLBACK_COMPLETE")
              ? "stack is ROLLBACK_COMPLETE (its creation failed); delete it by hand, airgap never deletes (facts §9)"
              : "stack is " + status + "; wait or repair it first";
      return new UnitPlan(
          unit.id(),
          "stack",
          unit.name(),
          Change.BLOCKED,
          List.of(why),
          List.of(),
          List.of(),
          List.of(),
          List.of());
    }
    String deployed = retry.call(() -> stackSets.getTemplate(region, unit.name()));
    TemplateChanges changes =
        TemplateChanges.between(
            unit.templateFile(), deployed, body, state.get().parameters(), unit.parameters());
    Change change = changes.isEmpty() ? Change.NO_CHANGE : Change.UPDATE;
    return new UnitPlan(
        unit.id(),
        "stack",
        unit.name(),
        change,
        changes.reasons(),
        List.of(),
        irreversibleVaults(unit, changes),
        List.of(),
        List.of());
  }

  /**
   * The vaults a reviewer confirms for an irreversible template change: the unit's
   * compliance-locked vaults by name; when the manifest lists none (a compliance lock being given
   * up, say) the logical ids the diff names, so the refusal still says what to confirm.
   */
  private static List<String> irreversibleVaults(DeploymentUnit unit, TemplateChanges changes) {
    if (changes.irreversible().isEmpty()) {
      return List.of();
    }
    return unit.complianceLockedVaults().isEmpty()
        ? changes.irreversible().stream().map(ResourceChange::logicalId).toList()
        : unit.complianceLockedVaults();
  }

  /** The typed diff's reasons why a first run of the template is irreversible. */
  private static List<String> created(DeploymentUnit unit, String body) {
    return TemplateChanges.createdIrreversible(unit.templateFile(), body).stream()
        .map(TemplateChanges::explain)
        .toList();
  }

  static boolean isServiceManaged(DeploymentUnit unit) {
    return unit.permissionModel().orElse(null) != PermissionModel.SELF_MANAGED;
  }

  static String stackRegion(DeploymentUnit unit) {
    if (unit.regions().isEmpty()) {
      throw new InvalidInputException(
          List.of("unit " + unit.id() + " is a stack without a region"));
    }
    return unit.regions().get(0);
  }
}
