package dev.airgap.maven.deploy;

import dev.airgap.generator.manifest.DeploymentUnit;
import dev.airgap.maven.deploy.DeployReport.Status;
import dev.airgap.maven.deploy.DeployReport.UnitOutcome;
import dev.airgap.maven.deploy.LivePlan.Change;
import dev.airgap.maven.deploy.LivePlan.UnitPlan;
import java.util.List;
import java.util.function.Consumer;

/**
 * Deploys one plain stack (the management account's units) through a change set, so CloudFormation
 * itself decides whether anything changes: a change set without changes is a no-op (facts §9).
 */
final class StackDeployment {
  private final StackSets stackSets;
  private final RetryPolicy retry;
  private final Consumer<DeployEvent> events;

  StackDeployment(StackSets stackSets, RetryPolicy retry, Consumer<DeployEvent> events) {
    this.stackSets = stackSets;
    this.retry = retry;
    this.events = events;
  }

  UnitOutcome deploy(DeployInput input, DeploymentUnit unit, UnitPlan plan, List<String> actions) {
    if (plan.change() == Change.NO_CHANGE) {
      actions.add("no change");
      return new UnitOutcome(unit.id(), unit.name(), Status.OK, actions, List.of(), "");
    }
    String region = LivePlanner.stackRegion(unit);
    String body = input.template(unit);
    // Deterministic like the operation ids: the same template and parameters give the same name.
    String changeSet =
        "airgap-" + OperationIds.sha256(body + "\n" + unit.parameters()).substring(0, 24);
    boolean create = plan.change() == Change.CREATE;
    boolean changed =
        retry.call(
            () ->
                stackSets.createChangeSet(
                    region,
                    unit.name(),
                    changeSet,
                    create,
                    body,
                    unit.parameters(),
                    unit.capabilities()));
    if (!changed) {
      // facts §9: a change set without changes is a no-op, not an error.
      actions.add("no change (empty change set)");
      return new UnitOutcome(unit.id(), unit.name(), Status.OK, actions, List.of(), "");
    }
    events.accept(
        new DeployEvent.Info(
            unit.id(),
            "executing change set " + changeSet + " on stack " + unit.name() + " in " + region));
    StackState end = retry.call(() -> stackSets.executeChangeSet(region, unit.name(), changeSet));
    if (!end.status().equals("CREATE_COMPLETE") && !end.status().equals("UPDATE_COMPLETE")) {
      return new UnitOutcome(
          unit.id(),
          unit.name(),
          Status.FAILED,
          actions,
          List.of(),
          "stack "
              + unit.name()
              + " ended "
              + end.status()
              + (end.statusReason().isEmpty() ? "" : ": " + end.statusReason()));
    }
    actions.add((create ? "created stack" : "updated stack") + " (change set " + changeSet + ")");
    return new UnitOutcome(unit.id(), unit.name(), Status.OK, actions, List.of(), "");
  }
}
