package dev.airgap.maven.deploy;

import dev.airgap.generator.manifest.DeploymentUnit;
import dev.airgap.generator.manifest.DeploymentUnit.UnitKind;
import dev.airgap.maven.deploy.DeployReport.Status;
import dev.airgap.maven.deploy.DeployReport.UnitOutcome;
import dev.airgap.maven.deploy.LivePlan.Change;
import dev.airgap.maven.deploy.LivePlan.UnitPlan;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * The entry point of plan, deploy and drift (design.md "Deploy"). Deploy first computes the {@link
 * LivePlan} with reads only ({@link LivePlanner}), refuses before any mutation when an irreversible
 * change is not confirmed ({@link IrreversibleGuard}), then runs the units in dependency order,
 * independent ones concurrently ({@link StackSetDeployment}, {@link StackDeployment}). An unchanged
 * manifest makes no mutating call. Nothing is ever deleted. Drift: {@link DriftDetector}.
 */
public final class Deployer {

  /**
   * @param confirmedIrreversible vault names whose compliance lock may be created or changed
   *     ({@code airgap.confirmIrreversible})
   * @param maxParallelUnits units deployed at the same time
   * @param maxThrottleRetries attempts of one call when it is throttled (after the SDK's own
   *     retries)
   * @param maxInProgressRetries waits for another operation before giving up ({@code
   *     OperationInProgressException})
   * @param retryBaseDelay first backoff for throttling and in-progress waits; doubles, capped at 20
   *     × this
   */
  public record Settings(
      Set<String> confirmedIrreversible,
      int maxParallelUnits,
      int maxThrottleRetries,
      int maxInProgressRetries,
      Duration retryBaseDelay) {
    public Settings {
      confirmedIrreversible = Set.copyOf(confirmedIrreversible);
    }

    public static Settings defaults(Set<String> confirmedIrreversible) {
      return new Settings(confirmedIrreversible, 4, 6, 10, Duration.ofSeconds(2));
    }
  }

  private final int maxParallelUnits;
  private final IrreversibleGuard guard;
  private final LivePlanner planner;
  private final StackSetDeployment stackSetDeployment;
  private final StackDeployment stackDeployment;
  private final DriftDetector driftDetector;
  private final Consumer<DeployEvent> events;

  public Deployer(
      StackSets stackSets,
      Organization organization,
      KeyAliases keyAliases,
      OperationPoller poller,
      Sleeper sleeper,
      Settings settings,
      Consumer<DeployEvent> events) {
    this.events = events;
    RetryPolicy retry = new RetryPolicy(sleeper, settings);
    StackSetOperations operations = new StackSetOperations(stackSets, poller, retry, events);
    this.maxParallelUnits = settings.maxParallelUnits();
    this.guard = new IrreversibleGuard(settings.confirmedIrreversible());
    this.planner = new LivePlanner(stackSets, organization, retry);
    this.stackSetDeployment =
        new StackSetDeployment(stackSets, keyAliases, operations, retry, planner, guard, events);
    this.stackDeployment = new StackDeployment(stackSets, retry, events);
    this.driftDetector = new DriftDetector(stackSets, poller, retry, operations, events);
  }

  /** The live plan, with read calls only. */
  public LivePlan plan(DeployInput input) {
    return planner.plan(input);
  }

  /**
   * Drift detection per stack set and for the stacks; honest "not checked" when the endpoint cannot
   * do it.
   */
  public DriftReport drift(DeployInput input) {
    return driftDetector.drift(input);
  }

  /**
   * Plans, checks the irreversible-change guard, then deploys. Never throws for a unit's failure:
   * see the report.
   */
  public DeployReport deploy(DeployInput input) {
    return deploy(input, plan(input));
  }

  /**
   * Deploys after the caller has shown {@code plan} (computed by {@link #plan} for the same input).
   */
  public DeployReport deploy(DeployInput input, LivePlan plan) {
    Map<String, String> refused = new LinkedHashMap<>();
    for (UnitPlan p : plan.units()) {
      List<String> unconfirmed = guard.unconfirmed(p);
      if (!unconfirmed.isEmpty()) {
        refused.put(p.unitId(), IrreversibleGuard.refusal(unconfirmed));
      }
    }
    List<DeploymentUnit> units = input.manifest().units();
    if (!refused.isEmpty()) {
      // The guard refuses before any mutation, so nothing is half-done.
      List<UnitOutcome> outcomes = new ArrayList<>();
      for (DeploymentUnit u : units) {
        outcomes.add(
            refused.containsKey(u.id())
                ? new UnitOutcome(
                    u.id(), u.name(), Status.REFUSED, List.of(), List.of(), refused.get(u.id()))
                : new UnitOutcome(
                    u.id(),
                    u.name(),
                    Status.SKIPPED,
                    List.of(),
                    List.of(),
                    "nothing deployed: an irreversible change elsewhere is not confirmed"));
      }
      return new DeployReport(plan, outcomes);
    }
    Map<String, UnitPlan> plans = new LinkedHashMap<>();
    plan.units().forEach(p -> plans.put(p.unitId(), p));
    ExecutorService executor =
        Executors.newFixedThreadPool(Math.max(1, Math.min(maxParallelUnits, units.size())));
    try {
      Map<String, CompletableFuture<UnitOutcome>> futures = new LinkedHashMap<>();
      for (DeploymentUnit unit : units) {
        List<CompletableFuture<UnitOutcome>> deps =
            unit.dependsOn().stream().map(futures::get).filter(f -> f != null).toList();
        CompletableFuture<UnitOutcome> future =
            CompletableFuture.allOf(deps.toArray(CompletableFuture[]::new))
                .thenApplyAsync(
                    ignored -> {
                      List<String> failedDeps =
                          unit.dependsOn().stream()
                              .filter(
                                  d ->
                                      futures.containsKey(d)
                                          && futures.get(d).join().status() != Status.OK)
                              .toList();
                      if (!failedDeps.isEmpty()) {
                        return new UnitOutcome(
                            unit.id(),
                            unit.name(),
                            Status.SKIPPED,
                            List.of(),
                            List.of(),
                            "not deployed: depends on "
                                + String.join(", ", failedDeps)
                                + ", which did not succeed");
                      }
                      return deployUnit(input, unit, plans.get(unit.id()));
                    },
                    executor);
        futures.put(unit.id(), future);
      }
      List<UnitOutcome> outcomes = new ArrayList<>();
      for (CompletableFuture<UnitOutcome> f : futures.values()) {
        outcomes.add(f.join());
      }
      return new DeployReport(plan, outcomes);
    } finally {
      executor.shutdownNow();
    }
  }

  /**
   * One unit's outcome; every failure becomes a status in the report, so the other units carry on.
   */
  private UnitOutcome deployUnit(DeployInput input, DeploymentUnit unit, UnitPlan plan) {
    events.accept(new DeployEvent.UnitBoundary(unit.id(), true));
    try {
      return deployUnitTimed(input, unit, plan);
    } finally {
      events.accept(new DeployEvent.UnitBoundary(unit.id(), false));
    }
  }

  private UnitOutcome deployUnitTimed(DeployInput input, DeploymentUnit unit, UnitPlan plan) {
    List<String> actions = new ArrayList<>();
    try {
      if (plan.change() == Change.BLOCKED) {
        return new UnitOutcome(
            unit.id(),
            unit.name(),
            Status.REFUSED,
            actions,
            List.of(),
            String.join("; ", plan.reasons()));
      }
      List<String> unresolved =
          UnresolvedParameters.missing(
              unit.templateFile(),
              input.template(unit),
              unit.parameters().keySet(),
              unit.keyAliasParameters().keySet());
      if (!unresolved.isEmpty()) {
        return new UnitOutcome(
            unit.id(),
            unit.name(),
            Status.REFUSED,
            actions,
            List.of(),
            String.join("; ", unresolved));
      }
      return unit.kind() == UnitKind.STACK
          ? stackDeployment.deploy(input, unit, plan, actions)
          : stackSetDeployment.deploy(input, unit, plan, actions);
    } catch (StackSetOperations.StackSetOperationFailed e) {
      return new UnitOutcome(
          unit.id(), unit.name(), Status.FAILED, actions, e.failures(), e.getMessage());
    } catch (CloudCallException e) {
      return new UnitOutcome(
          unit.id(),
          unit.name(),
          Status.ERROR,
          actions,
          List.of(),
          e.getMessage() + (e.requestId().isEmpty() ? "" : " (request id " + e.requestId() + ")"));
    } catch (RuntimeException e) {
      return new UnitOutcome(
          unit.id(), unit.name(), Status.ERROR, actions, List.of(), String.valueOf(e.getMessage()));
    }
  }
}
