package dev.airgap.maven.deploy;

import dev.airgap.generator.manifest.DeploymentUnit;
import dev.airgap.maven.deploy.DeployReport.Status;
import dev.airgap.maven.deploy.DeployReport.UnitOutcome;
import dev.airgap.maven.deploy.LivePlan.Change;
import dev.airgap.maven.deploy.LivePlan.InstanceBatch;
import dev.airgap.maven.deploy.LivePlan.UnitPlan;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Deploys one stack set as its plan says: follow operations an earlier run left running, create the
 * stack set, update it, add the missing instances, each operation under a deterministic id and
 * awaited until every instance succeeded.
 */
final class StackSetDeployment {
  private final StackSets stackSets;
  private final KeyAliases keyAliases;
  private final StackSetOperations operations;
  private final RetryPolicy retry;
  private final LivePlanner planner;
  private final IrreversibleGuard guard;
  private final Consumer<DeployEvent> events;

  StackSetDeployment(
      StackSets stackSets,
      KeyAliases keyAliases,
      StackSetOperations operations,
      RetryPolicy retry,
      LivePlanner planner,
      IrreversibleGuard guard,
      Consumer<DeployEvent> events) {
    this.stackSets = stackSets;
    this.keyAliases = keyAliases;
    this.operations = operations;
    this.retry = retry;
    this.planner = planner;
    this.guard = guard;
    this.events = events;
  }

  /**
   * Throws {@link StackSetOperations.StackSetOperationFailed} when an operation leaves instances
   * behind; {@code actions} says what was done.
   */
  UnitOutcome deploy(
      DeployInput input, DeploymentUnit unit, UnitPlan planned, List<String> actions) {
    CallAs callAs = input.callAs();
    String body = input.template(unit);
    UnitPlan plan = planned;
    if (!plan.activeOperations().isEmpty()) {
      // An earlier (perhaps interrupted) run left operations running: follow them, then look again.
      for (OperationStatus op : retry.call(() -> stackSets.listOperations(unit.name(), callAs))) {
        if (op.isActive()) {
          info(
              unit,
              "following operation " + op.operationId() + " (" + op.action() + ") started earlier");
          operations.awaitClean(unit, op.operationId(), callAs);
          actions.add("followed operation " + op.operationId());
        }
      }
      plan = planner.planStackSet(input, unit);
      List<String> unconfirmed = guard.unconfirmed(plan);
      if (!unconfirmed.isEmpty()) {
        return new UnitOutcome(
            unit.id(),
            unit.name(),
            Status.REFUSED,
            actions,
            List.of(),
            IrreversibleGuard.refusal(unconfirmed));
      }
    }
    OperationPreferences prefs = OperationPreferences.from(unit.operationPreferences());
    boolean serviceManaged = LivePlanner.isServiceManaged(unit);
    // Only now, after the units this one depends on: the key account's aliases exist from here.
    Map<String, Map<String, String>> regional = KeyAliasParameters.resolve(unit, keyAliases, retry);
    Map<String, String> parameters = new TreeMap<>(unit.parameters());
    // A stack set needs a value for every parameter its instances override (CreateStackInstances
    // ParameterOverrides); the first region's, which that region's instances also get.
    regional.values().stream().findFirst().ifPresent(parameters::putAll);
    if (!regional.isEmpty()) {
      info(unit, "key ARNs from the key account's alias: " + regional);
    }
    StackSetSpec spec =
        new StackSetSpec(
            unit.name(),
            body,
            parameters,
            unit.capabilities(),
            serviceManaged,
            serviceManaged && unit.autoDeployment());
    String templateHash = OperationIds.sha256(body);
    if (plan.change() == Change.CREATE) {
      String token = OperationIds.of(unit.id(), "create", templateHash);
      try {
        retry.run(() -> stackSets.createStackSet(spec, callAs, token));
        info(unit, "created stack set " + unit.name());
        actions.add("created stack set");
      } catch (CloudCallException e) {
        if (e.kind() != CloudCallException.Kind.NAME_EXISTS) {
          throw e;
        }
        actions.add("stack set already existed");
      }
    } else if (plan.change() == Change.UPDATE) {
      String base =
          OperationIds.of(
              unit.id(),
              "update",
              templateHash,
              unit.parameters().toString(),
              operations.history(unit, callAs));
      String id =
          operations.startOperation(
              unit, callAs, base, opId -> stackSets.updateStackSet(spec, prefs, callAs, opId));
      info(
          unit,
          "updating stack set "
              + unit.name()
              + ": "
              + String.join("; ", plan.reasons())
              + " (operation "
              + id
              + ")");
      operations.awaitClean(unit, id, callAs);
      verifyDeployed(unit, body, id, callAs);
      actions.add("updated (operation " + id + ")");
    }
    for (InstanceBatch missing : plan.instancesToAdd()) {
      for (InstanceBatch batch : KeyAliasParameters.perRegion(missing, regional)) {
        Map<String, String> overrides =
            regional.isEmpty() ? Map.of() : regional.get(batch.regions().get(0));
        String base =
            OperationIds.of(
                unit.id(),
                "instances",
                templateHash,
                batch.targets().describe(),
                batch.regions().toString(),
                operations.history(unit, callAs));
        String id =
            operations.startOperation(
                unit,
                callAs,
                base,
                opId ->
                    stackSets.createStackInstances(
                        unit.name(),
                        batch.targets(),
                        batch.regions(),
                        overrides,
                        prefs,
                        callAs,
                        opId));
        info(
            unit,
            "adding instances "
                + batch.targets().describe()
                + " x "
                + batch.regions()
                + " (operation "
                + id
                + ")");
        operations.awaitClean(unit, id, callAs);
        actions.add("added instances " + batch.targets().describe() + " x " + batch.regions());
      }
    }
    if (actions.isEmpty()) {
      actions.add("no change");
    }
    return new UnitOutcome(unit.id(), unit.name(), Status.OK, actions, List.of(), "");
  }

  /**
   * After an update, the stack set must carry the template and parameters asked for. A deploy that
   * reports an update it did not make is the failure this guards against: it says so instead.
   */
  private void verifyDeployed(DeploymentUnit unit, String body, String operationId, CallAs callAs) {
    StackSetState live =
        retry
            .call(() -> stackSets.describeStackSet(unit.name(), callAs))
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "stack set " + unit.name() + " vanished during operation " + operationId));
    TemplateChanges left =
        TemplateChanges.between(
            unit.templateFile(), live.templateBody(), body, live.parameters(), unit.parameters());
    if (!left.isEmpty()) {
      throw new IllegalStateException(
          "after operation "
              + operationId
              + " the stack set still differs from the manifest: "
              + String.join("; ", left.reasons()));
    }
  }

  private void info(DeploymentUnit unit, String message) {
    events.accept(new DeployEvent.Info(unit.id(), message));
  }
}
