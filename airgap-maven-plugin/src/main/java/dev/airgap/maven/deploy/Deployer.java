package dev.airgap.maven.deploy;

import dev.airgap.generator.manifest.DeploymentUnit;
import dev.airgap.generator.manifest.DeploymentUnit.AccountFilterType;
import dev.airgap.generator.manifest.DeploymentUnit.PermissionModel;
import dev.airgap.generator.manifest.DeploymentUnit.UnitKind;
import dev.airgap.maven.deploy.DeployReport.Status;
import dev.airgap.maven.deploy.DeployReport.UnitOutcome;
import dev.airgap.maven.deploy.LivePlan.Change;
import dev.airgap.maven.deploy.LivePlan.InstanceBatch;
import dev.airgap.maven.deploy.LivePlan.UnitPlan;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Plans and deploys the manifest through {@link StackSets} and {@link Organization} (design.md
 * "Deploy"). Deploy first computes the {@link LivePlan} with reads only, refuses before any
 * mutation when an irreversible change is not confirmed, then runs the units in dependency order,
 * independent ones concurrently. An unchanged manifest makes no mutating call. Nothing is ever
 * deleted.
 */
public final class Deployer {

  /**
   * @param confirmedIrreversible vault names whose compliance lock may be created or changed ({@code airgap.confirmIrreversible})
   * @param maxParallelUnits units deployed at the same time
   * @param maxThrottleRetries attempts of one call when it is throttled (after the SDK's own retries)
   * @param maxInProgressRetries waits for another operation before giving up ({@code OperationInProgressException})
   * @param retryBaseDelay first backoff for throttling and in-progress waits; doubles, capped at 20 × this
   */
  public record Settings(Set<String> confirmedIrreversible, int maxParallelUnits, int maxThrottleRetries, int maxInProgressRetries,
      Duration retryBaseDelay) {
    public Settings {
      confirmedIrreversible = Set.copyOf(confirmedIrreversible);
    }

    public static Settings defaults(Set<String> confirmedIrreversible) {
      return new Settings(confirmedIrreversible, 4, 6, 10, Duration.ofSeconds(2));
    }
  }

  private final StackSets stackSets;
  private final Organization organization;
  private final OperationPoller poller;
  private final Sleeper sleeper;
  private final Settings settings;
  private final Consumer<DeployEvent> events;
  private final Map<String, List<Organization.Account>> accountsByParent = new ConcurrentHashMap<>();

  public Deployer(StackSets stackSets, Organization organization, OperationPoller poller, Sleeper sleeper, Settings settings,
      Consumer<DeployEvent> events) {
    this.stackSets = stackSets;
    this.organization = organization;
    this.poller = poller;
    this.sleeper = sleeper;
    this.settings = settings;
    this.events = events;
  }

  // ------------------------------------------------------------------ plan

  /** The live plan, with read calls only. */
  public LivePlan plan(DeployInput input) {
    List<UnitPlan> plans = new ArrayList<>();
    for (DeploymentUnit unit : input.manifest().units()) {
      plans.add(planUnit(input, unit));
    }
    return new LivePlan(plans);
  }

  private UnitPlan planUnit(DeployInput input, DeploymentUnit unit) {
    return unit.kind() == UnitKind.STACK ? planStack(input, unit) : planStackSet(input, unit);
  }

  private UnitPlan planStackSet(DeployInput input, DeploymentUnit unit) {
    CallAs callAs = input.callAs();
    String body = input.template(unit);
    boolean serviceManaged = unit.permissionModel().orElse(null) != PermissionModel.SELF_MANAGED;
    List<String> notes = new ArrayList<>();
    Optional<StackSetState> state = retrying(() -> stackSets.describeStackSet(unit.name(), callAs));
    if (state.isEmpty()) {
      List<InstanceBatch> batches = allBatches(unit, serviceManaged, notes);
      return new UnitPlan(unit.id(), "stack set", unit.name(), Change.CREATE, List.of("stack set does not exist"), batches,
          unit.complianceLockedVaults(), List.of(), notes);
    }
    List<String> active = retrying(() -> stackSets.listOperations(unit.name(), callAs)).stream()
        .filter(OperationStatus::isActive)
        .map(o -> o.operationId() + " (" + o.action() + " " + o.status() + ")")
        .toList();
    List<String> reasons = differences(state.get().templateBody(), body, state.get().parameters(), unit.parameters());
    List<StackInstance> instances = retrying(() -> stackSets.listStackInstances(unit.name(), callAs));
    long outdated = 0;
    for (StackInstance i : instances) {
      if (!i.status().equals("CURRENT")) {
        notes.add("instance " + i.account() + "/" + i.region() + " is " + i.status()
            + (i.statusReason().isEmpty() ? "" : ": " + i.statusReason()));
        outdated += i.status().equals("OUTDATED") ? 1 : 0;
      }
    }
    if (reasons.isEmpty() && outdated > 0) {
      // The stack set already has the template (an update changes it when accepted), but a failed or
      // cancelled operation left instances behind: only another update brings them to it (facts §8.5).
      reasons.add(outdated + " instance(s) OUTDATED: an earlier operation did not reach them");
    }
    List<InstanceBatch> missing = missingBatches(input, unit, serviceManaged, instances, notes);
    Change change = reasons.isEmpty() ? Change.NO_CHANGE : Change.UPDATE;
    boolean mutates = change != Change.NO_CHANGE || !missing.isEmpty();
    return new UnitPlan(unit.id(), "stack set", unit.name(), change, reasons, missing,
        mutates ? unit.complianceLockedVaults() : List.of(), active, notes);
  }

  private UnitPlan planStack(DeployInput input, DeploymentUnit unit) {
    String region = stackRegion(unit);
    String body = input.template(unit);
    Optional<StackState> state = retrying(() -> stackSets.describeStack(region, unit.name()));
    if (state.isEmpty()) {
      return new UnitPlan(unit.id(), "stack", unit.name(), Change.CREATE, List.of("stack does not exist in " + region), List.of(),
          unit.complianceLockedVaults(), List.of(), List.of());
    }
    String status = state.get().status();
    if (status.equals("ROLLBACK_COMPLETE") || status.endsWith("_IN_PROGRESS") || status.endsWith("_FAILED")) {
      String why = status.equals("ROLLBACK_COMPLETE")
          ? "stack is ROLLBACK_COMPLETE (its creation failed); delete it by hand, airgap never deletes (facts §9)"
          : "stack is " + status + "; wait or repair it first";
      return new UnitPlan(unit.id(), "stack", unit.name(), Change.BLOCKED, List.of(why), List.of(), List.of(), List.of(), List.of());
    }
    String deployed = retrying(() -> stackSets.getTemplate(region, unit.name()));
    List<String> reasons = differences(deployed, body, state.get().parameters(), unit.parameters());
    Change change = reasons.isEmpty() ? Change.NO_CHANGE : Change.UPDATE;
    return new UnitPlan(unit.id(), "stack", unit.name(), change, reasons, List.of(),
        change == Change.NO_CHANGE ? List.of() : unit.complianceLockedVaults(), List.of(), List.of());
  }

  private static String stackRegion(DeploymentUnit unit) {
    if (unit.regions().isEmpty()) {
      throw new InvalidInputException(List.of("unit " + unit.id() + " is a stack without a region"));
    }
    return unit.regions().get(0);
  }

  static List<String> differences(String deployedBody, String wantedBody, Map<String, String> deployedParams,
      Map<String, String> wantedParams) {
    List<String> reasons = new ArrayList<>();
    if (!normalize(deployedBody).equals(normalize(wantedBody))) {
      reasons.add("template body differs (" + changedLines(deployedBody, wantedBody) + ")");
    }
    // Only generated parameters count: DescribeStacks also lists parameters left at their template
    // Default, which would otherwise look like a change on every run. A parameter the template no
    // longer declares changes the template body anyway.
    for (String k : new TreeSet<>(wantedParams.keySet())) {
      String was = deployedParams.get(k);
      String want = wantedParams.get(k);
      if (!want.equals(was)) {
        reasons.add("parameter " + k + ": " + (was == null ? "(unset)" : "'" + was + "'") + " -> '" + want + "'");
      }
    }
    return reasons;
  }

  private static String normalize(String body) {
    return body.replace("\r\n", "\n").strip();
  }

  private static String changedLines(String a, String b) {
    List<String> left = List.of(normalize(a).split("\n"));
    List<String> right = List.of(normalize(b).split("\n"));
    Set<String> l = new TreeSet<>(left);
    Set<String> r = new TreeSet<>(right);
    long removed = left.stream().filter(s -> !r.contains(s)).count();
    long added = right.stream().filter(s -> !l.contains(s)).count();
    return "+" + added + " -" + removed + " lines";
  }

  /** Every target of a new stack set: OUs in batches of ≤ 50 (facts §8.3), or the self-managed accounts. */
  private List<InstanceBatch> allBatches(DeploymentUnit unit, boolean serviceManaged, List<String> notes) {
    List<InstanceBatch> batches = new ArrayList<>();
    DeploymentUnit.UnitTargets t = unit.targets();
    if (serviceManaged) {
      if (t.organizationalUnits().isEmpty()) {
        notes.add("service-managed stack set without OU targets: no instances to create");
        return batches;
      }
      for (List<String> ous : partition(t.organizationalUnits(), InstanceTargets.MAX_OUS_PER_CALL)) {
        batches.add(new InstanceBatch(serviceTargets(ous, t), unit.regions(), List.of()));
      }
    } else if (!t.accounts().isEmpty()) {
      batches.add(new InstanceBatch(new InstanceTargets(List.of(), t.accounts(), ""), unit.regions(), List.of()));
    }
    return batches;
  }

  private static InstanceTargets serviceTargets(List<String> ous, DeploymentUnit.UnitTargets t) {
    // A single account inside an OU is addressed with AccountFilterType INTERSECTION; UNION is not
    // supported by CreateStackInstances (facts §8.3).
    String filter = t.accounts().isEmpty() ? "NONE" : (t.accountFilterType() == AccountFilterType.NONE
        ? "INTERSECTION" : t.accountFilterType().name());
    return new InstanceTargets(ous, t.accounts(), filter);
  }

  /**
   * Instances that should exist but do not. Service-managed summaries may not name their OU (moto
   * never does), so the OU's accounts are resolved through Organizations; the management account
   * never receives service-managed instances (facts §8.3).
   */
  private List<InstanceBatch> missingBatches(DeployInput input, DeploymentUnit unit, boolean serviceManaged,
      List<StackInstance> instances, List<String> notes) {
    Set<String> existing = instances.stream().map(i -> i.account() + "/" + i.region()).collect(Collectors.toCollection(TreeSet::new));
    DeploymentUnit.UnitTargets t = unit.targets();
    List<InstanceBatch> batches = new ArrayList<>();
    if (serviceManaged) {
      String management = input.manifest().managementAccount();
      String filter = serviceTargets(List.of(), t).accountFilterType();
      if (t.accounts().contains(management) && !filter.equals("DIFFERENCE")) {
        notes.add("account " + management + " is the management account: service-managed stack sets never reach it (facts §8.3)");
      }
      Map<String, List<String>> ousByMissingRegions = new TreeMap<>();
      Map<String, List<String>> pairsByRegions = new TreeMap<>();
      for (String ou : t.organizationalUnits()) {
        List<Organization.Account> under;
        try {
          under = retrying(() -> accountsUnder(ou));
        } catch (CloudCallException e) {
          if (e.kind() != CloudCallException.Kind.NOT_FOUND) {
            throw e;
          }
          notes.add(ou + " was not found in the organization (" + e.errorCode() + "); nothing to add there, see airgap:doctor");
          continue;
        }
        List<String> accounts = under.stream()
            .filter(a -> a.status().equals("ACTIVE"))
            .map(Organization.Account::id)
            .filter(a -> !a.equals(management))
            .filter(a -> switch (filter) {
              case "INTERSECTION" -> t.accounts().contains(a);
              case "DIFFERENCE" -> !t.accounts().contains(a);
              default -> true;
            })
            .sorted()
            .toList();
        if (accounts.isEmpty()) {
          notes.add(ou + " reaches no active member account" + (filter.equals("NONE") ? "" : " after the " + filter + " filter"));
          continue;
        }
        Set<String> regions = new TreeSet<>();
        List<String> pairs = new ArrayList<>();
        for (String a : accounts) {
          for (String r : unit.regions()) {
            if (!existing.contains(a + "/" + r)) {
              regions.add(r);
              pairs.add(a + "/" + r);
            }
          }
        }
        if (!regions.isEmpty()) {
          String key = String.join(",", regions);
          ousByMissingRegions.computeIfAbsent(key, k -> new ArrayList<>()).add(ou);
          pairsByRegions.computeIfAbsent(key, k -> new ArrayList<>()).addAll(pairs);
        }
      }
      ousByMissingRegions.forEach((key, ous) -> {
        List<String> regions = List.of(key.split(","));
        List<String> pairs = pairsByRegions.get(key).stream().sorted().distinct().toList();
        for (List<String> batch : partition(ous, InstanceTargets.MAX_OUS_PER_CALL)) {
          batches.add(new InstanceBatch(serviceTargets(batch, t), regions, pairs));
        }
      });
    } else {
      Set<String> accounts = new TreeSet<>();
      Set<String> regions = new TreeSet<>();
      List<String> pairs = new ArrayList<>();
      for (String a : t.accounts()) {
        for (String r : unit.regions()) {
          if (!existing.contains(a + "/" + r)) {
            accounts.add(a);
            regions.add(r);
            pairs.add(a + "/" + r);
          }
        }
      }
      if (!accounts.isEmpty()) {
        batches.add(new InstanceBatch(new InstanceTargets(List.of(), List.copyOf(accounts), ""), List.copyOf(regions), pairs));
      }
    }
    return batches;
  }

  private List<Organization.Account> accountsUnder(String parent) {
    return accountsByParent.computeIfAbsent(parent, organization::accountsUnder);
  }

  private static <T> List<List<T>> partition(List<T> values, int size) {
    List<List<T>> parts = new ArrayList<>();
    for (int i = 0; i < values.size(); i += size) {
      parts.add(List.copyOf(values.subList(i, Math.min(values.size(), i + size))));
    }
    return parts;
  }

  // ------------------------------------------------------------------ deploy

  /** Plans, checks the irreversible-change guard, then deploys. Never throws for a unit's failure: see the report. */
  public DeployReport deploy(DeployInput input) {
    return deploy(input, plan(input));
  }

  /** Deploys after the caller has shown {@code plan} (computed by {@link #plan} for the same input). */
  public DeployReport deploy(DeployInput input, LivePlan plan) {
    Map<String, String> refused = new LinkedHashMap<>();
    for (UnitPlan p : plan.units()) {
      List<String> unconfirmed = unconfirmed(p);
      if (!unconfirmed.isEmpty()) {
        refused.put(p.unitId(), "IRREVERSIBLE: would create or change the compliance lock of vault " + String.join(", ", unconfirmed)
            + "; not confirmed");
      }
    }
    List<DeploymentUnit> units = input.manifest().units();
    if (!refused.isEmpty()) {
      // The guard refuses before any mutation, so nothing is half-done.
      List<UnitOutcome> outcomes = new ArrayList<>();
      for (DeploymentUnit u : units) {
        outcomes.add(refused.containsKey(u.id())
            ? new UnitOutcome(u.id(), u.name(), Status.REFUSED, List.of(), List.of(), refused.get(u.id()))
            : new UnitOutcome(u.id(), u.name(), Status.SKIPPED, List.of(), List.of(),
                "nothing deployed: an irreversible change elsewhere is not confirmed"));
      }
      return new DeployReport(plan, outcomes);
    }
    Map<String, UnitPlan> plans = new LinkedHashMap<>();
    plan.units().forEach(p -> plans.put(p.unitId(), p));
    ExecutorService executor = Executors.newFixedThreadPool(Math.max(1, Math.min(settings.maxParallelUnits(), units.size())));
    try {
      Map<String, CompletableFuture<UnitOutcome>> futures = new LinkedHashMap<>();
      for (DeploymentUnit unit : units) {
        List<CompletableFuture<UnitOutcome>> deps = unit.dependsOn().stream()
            .map(futures::get)
            .filter(f -> f != null)
            .toList();
        CompletableFuture<UnitOutcome> future = CompletableFuture.allOf(deps.toArray(CompletableFuture[]::new))
            .thenApplyAsync(ignored -> {
              List<String> failedDeps = unit.dependsOn().stream()
                  .filter(d -> futures.containsKey(d) && futures.get(d).join().status() != Status.OK)
                  .toList();
              if (!failedDeps.isEmpty()) {
                return new UnitOutcome(unit.id(), unit.name(), Status.SKIPPED, List.of(), List.of(),
                    "not deployed: depends on " + String.join(", ", failedDeps) + ", which did not succeed");
              }
              return deployUnit(input, unit, plans.get(unit.id()));
            }, executor);
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

  private List<String> unconfirmed(UnitPlan p) {
    return p.irreversibleVaults().stream().filter(v -> !settings.confirmedIrreversible().contains(v)).toList();
  }

  private UnitOutcome deployUnit(DeployInput input, DeploymentUnit unit, UnitPlan plan) {
    List<String> actions = new ArrayList<>();
    try {
      if (plan.change() == Change.BLOCKED) {
        return new UnitOutcome(unit.id(), unit.name(), Status.REFUSED, actions, List.of(), String.join("; ", plan.reasons()));
      }
      return unit.kind() == UnitKind.STACK ? deployStack(input, unit, plan, actions) : deployStackSet(input, unit, plan, actions);
    } catch (StackSetOperationFailed e) {
      return new UnitOutcome(unit.id(), unit.name(), Status.FAILED, actions, e.failures, e.getMessage());
    } catch (CloudCallException e) {
      return new UnitOutcome(unit.id(), unit.name(), Status.ERROR, actions, List.of(),
          e.getMessage() + (e.requestId().isEmpty() ? "" : " (request id " + e.requestId() + ")"));
    } catch (RuntimeException e) {
      return new UnitOutcome(unit.id(), unit.name(), Status.ERROR, actions, List.of(), String.valueOf(e.getMessage()));
    }
  }

  private UnitOutcome deployStackSet(DeployInput input, DeploymentUnit unit, UnitPlan planned, List<String> actions) {
    CallAs callAs = input.callAs();
    String body = input.template(unit);
    UnitPlan plan = planned;
    if (!plan.activeOperations().isEmpty()) {
      // An earlier (perhaps interrupted) run left operations running: follow them, then look again.
      for (OperationStatus op : retrying(() -> stackSets.listOperations(unit.name(), callAs))) {
        if (op.isActive()) {
          info(unit, "following operation " + op.operationId() + " (" + op.action() + ") started earlier");
          awaitClean(unit, op.operationId(), callAs);
          actions.add("followed operation " + op.operationId());
        }
      }
      plan = planStackSet(input, unit);
      List<String> unconfirmed = unconfirmed(plan);
      if (!unconfirmed.isEmpty()) {
        return new UnitOutcome(unit.id(), unit.name(), Status.REFUSED, actions, List.of(),
            "IRREVERSIBLE: would create or change the compliance lock of vault " + String.join(", ", unconfirmed) + "; not confirmed");
      }
    }
    OperationPreferences prefs = OperationPreferences.from(unit.operationPreferences());
    boolean serviceManaged = unit.permissionModel().orElse(null) != PermissionModel.SELF_MANAGED;
    StackSetSpec spec = new StackSetSpec(unit.name(), body, unit.parameters(), unit.capabilities(), serviceManaged,
        serviceManaged && unit.autoDeployment());
    String templateHash = OperationIds.sha256(body);
    if (plan.change() == Change.CREATE) {
      String token = OperationIds.of(unit.id(), "create", templateHash);
      try {
        retrying(() -> {
          stackSets.createStackSet(spec, callAs, token);
          return null;
        });
        info(unit, "created stack set " + unit.name());
        actions.add("created stack set");
      } catch (CloudCallException e) {
        if (e.kind() != CloudCallException.Kind.NAME_EXISTS) {
          throw e;
        }
        actions.add("stack set already existed");
      }
    } else if (plan.change() == Change.UPDATE) {
      String base = OperationIds.of(unit.id(), "update", templateHash, unit.parameters().toString(), history(unit, callAs));
      String id = startOperation(unit, callAs, base, opId -> stackSets.updateStackSet(spec, prefs, callAs, opId));
      info(unit, "updating stack set " + unit.name() + ": " + String.join("; ", plan.reasons()) + " (operation " + id + ")");
      awaitClean(unit, id, callAs);
      verifyDeployed(unit, body, id, callAs);
      actions.add("updated (operation " + id + ")");
    }
    for (InstanceBatch batch : plan.instancesToAdd()) {
      String base = OperationIds.of(unit.id(), "instances", templateHash, batch.targets().describe(), batch.regions().toString(),
          history(unit, callAs));
      String id = startOperation(unit, callAs, base,
          opId -> stackSets.createStackInstances(unit.name(), batch.targets(), batch.regions(), prefs, callAs, opId));
      info(unit, "adding instances " + batch.targets().describe() + " x " + batch.regions() + " (operation " + id + ")");
      awaitClean(unit, id, callAs);
      actions.add("added instances " + batch.targets().describe() + " x " + batch.regions());
    }
    if (actions.isEmpty()) {
      actions.add("no change");
    }
    return new UnitOutcome(unit.id(), unit.name(), Status.OK, actions, List.of(), "");
  }

  private UnitOutcome deployStack(DeployInput input, DeploymentUnit unit, UnitPlan plan, List<String> actions) {
    if (plan.change() == Change.NO_CHANGE) {
      actions.add("no change");
      return new UnitOutcome(unit.id(), unit.name(), Status.OK, actions, List.of(), "");
    }
    String region = stackRegion(unit);
    String body = input.template(unit);
    String changeSet = "airgap-" + OperationIds.sha256(body + "\n" + unit.parameters()).substring(0, 24);
    boolean create = plan.change() == Change.CREATE;
    boolean changed = retrying(() -> stackSets.createChangeSet(region, unit.name(), changeSet, create, body, unit.parameters(),
        unit.capabilities()));
    if (!changed) {
      // facts §9: a change set without changes is a no-op, not an error.
      actions.add("no change (empty change set)");
      return new UnitOutcome(unit.id(), unit.name(), Status.OK, actions, List.of(), "");
    }
    info(unit, "executing change set " + changeSet + " on stack " + unit.name() + " in " + region);
    StackState end = retrying(() -> stackSets.executeChangeSet(region, unit.name(), changeSet));
    if (!end.status().equals("CREATE_COMPLETE") && !end.status().equals("UPDATE_COMPLETE")) {
      return new UnitOutcome(unit.id(), unit.name(), Status.FAILED, actions, List.of(),
          "stack " + unit.name() + " ended " + end.status() + (end.statusReason().isEmpty() ? "" : ": " + end.statusReason()));
    }
    actions.add((create ? "created stack" : "updated stack") + " (change set " + changeSet + ")");
    return new UnitOutcome(unit.id(), unit.name(), Status.OK, actions, List.of(), "");
  }

  /**
   * The stack set's operation history as one OperationId part, read just before an operation starts.
   * Template and parameters alone do not identify a request: T1 → T2 → T1 asks for T1 twice, and the
   * second request must run, not "follow" the first (OperationIdAlreadyExists for a finished id,
   * facts §8.5). Every accepted operation joins the history, so the same id recurs only for a request
   * made from the same live state: a retry of one whose answer was lost, which must not run twice.
   */
  private String history(DeploymentUnit unit, CallAs callAs) {
    List<String> ids = retrying(() -> stackSets.listOperations(unit.name(), callAs)).stream().map(OperationStatus::operationId).toList();
    return OperationIds.history(ids);
  }

  /**
   * After an update, the stack set must carry the template and parameters asked for. A deploy that
   * reports an update it did not make is the failure this guards against: it says so instead.
   */
  private void verifyDeployed(DeploymentUnit unit, String body, String operationId, CallAs callAs) {
    StackSetState live = retrying(() -> stackSets.describeStackSet(unit.name(), callAs))
        .orElseThrow(() -> new IllegalStateException("stack set " + unit.name() + " vanished during operation " + operationId));
    List<String> left = differences(live.templateBody(), body, live.parameters(), unit.parameters());
    if (!left.isEmpty()) {
      throw new IllegalStateException("after operation " + operationId + " the stack set still differs from the manifest: "
          + String.join("; ", left));
    }
  }

  /**
   * Starts a stack set operation with a deterministic id. A reused id whose operation is running or
   * succeeded is followed, not repeated; one that failed is retried under the next attempt id (a new
   * id retries OUTDATED instances, facts §8.5). {@code OperationInProgressException} waits for the
   * running operations, then retries, a bounded number of times (facts §9).
   */
  private String startOperation(DeploymentUnit unit, CallAs callAs, String baseId, Function<String, String> call) {
    int attempt = 1;
    int inProgress = 0;
    while (true) {
      String id = OperationIds.attempt(baseId, attempt);
      try {
        return retrying(() -> call.apply(id));
      } catch (CloudCallException e) {
        switch (e.kind()) {
          case OPERATION_ID_EXISTS -> {
            Optional<OperationStatus> existing = retrying(() -> stackSets.describeOperation(unit.name(), id, callAs));
            if (existing.isPresent() && (existing.get().isActive() || existing.get().isClean())) {
              info(unit, "operation " + id + " was started earlier (" + existing.get().status() + "); following it");
              return id;
            }
            if (++attempt > 10) {
              throw e;
            }
            info(unit, "operation " + id + " ended " + existing.map(OperationStatus::status).orElse("unknown")
                + "; retrying as " + OperationIds.attempt(baseId, attempt));
          }
          case OPERATION_IN_PROGRESS -> {
            if (++inProgress > settings.maxInProgressRetries()) {
              throw e;
            }
            List<OperationStatus> active = retrying(() -> stackSets.listOperations(unit.name(), callAs)).stream()
                .filter(OperationStatus::isActive)
                .toList();
            if (active.isEmpty()) {
              pause(backoff(inProgress));
            }
            for (OperationStatus op : active) {
              info(unit, "waiting for operation " + op.operationId() + " (" + op.action() + " " + op.status() + ")");
              poller.await(unit.id(), unit.name(), op.operationId(), callAs, events);
            }
          }
          default -> throw e;
        }
      }
    }
  }

  private void awaitClean(DeploymentUnit unit, String operationId, CallAs callAs) {
    OperationStatus end = poller.await(unit.id(), unit.name(), operationId, callAs, events);
    if (!end.isClean()) {
      // Both kinds of instance that did not get the change: FAILED ones, and those CANCELLED because
      // the failure tolerance was exceeded in their Region or an earlier one (docs/deploy.md "StackSets semantics").
      List<OperationResult> failed = new ArrayList<>(
          retrying(() -> stackSets.listOperationResults(unit.name(), operationId, callAs, "FAILED")));
      int failedCount = failed.size();
      failed.addAll(retrying(() -> stackSets.listOperationResults(unit.name(), operationId, callAs, "CANCELLED")));
      int cancelled = failed.size() - failedCount;
      String how = end.status().equals("SUCCEEDED")
          ? "SUCCEEDED within its failure tolerance, but " + failedCount + " account/region(s) failed"
          : end.status() + " with " + failedCount + " failed account/region(s)";
      throw new StackSetOperationFailed("operation " + operationId + " ended " + how
          + (cancelled == 0 ? "" : " and " + cancelled + " cancelled"), failed);
    }
  }

  /** Retries throttled calls with capped exponential backoff (the SDK has retried them already). */
  private <T> T retrying(Supplier<T> call) {
    for (int attempt = 1; ; attempt++) {
      try {
        return call.get();
      } catch (CloudCallException e) {
        if (!e.isRetryable() || attempt >= settings.maxThrottleRetries()) {
          throw e;
        }
        pause(backoff(attempt));
      }
    }
  }

  private Duration backoff(int attempt) {
    Duration d = settings.retryBaseDelay().multipliedBy(1L << Math.min(attempt - 1, 10));
    Duration cap = settings.retryBaseDelay().multipliedBy(20);
    return d.compareTo(cap) > 0 ? cap : d;
  }

  private void pause(Duration d) {
    try {
      sleeper.sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting", e);
    }
  }

  private void info(DeploymentUnit unit, String message) {
    events.accept(new DeployEvent.Info(unit.id(), message));
  }

  /** An operation ended other than SUCCEEDED with no failed instance; what was deployed stays deployed. */
  private static final class StackSetOperationFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<OperationResult> failures;

    StackSetOperationFailed(String message, List<OperationResult> failures) {
      super(message);
      this.failures = List.copyOf(failures);
    }
  }

  // ------------------------------------------------------------------ drift

  /** Drift detection per stack set and for the stacks; honest "not checked" when the endpoint cannot do it. */
  public DriftReport drift(DeployInput input) {
    List<DriftReport.UnitDrift> result = new ArrayList<>();
    CallAs callAs = input.callAs();
    for (DeploymentUnit unit : input.manifest().units()) {
      try {
        if (unit.kind() == UnitKind.STACK) {
          result.add(stackDrift(unit));
        } else {
          result.add(stackSetDrift(unit, callAs));
        }
      } catch (CloudCallException e) {
        result.add(new DriftReport.UnitDrift(unit.id(), unit.name(), DriftReport.State.NOT_CHECKED, List.of(), List.of(),
            e.operation() + " failed: " + e.errorCode() + (e.kind() == CloudCallException.Kind.UNAVAILABLE
                ? " (the endpoint cannot answer it: emulator without drift support, or a service error)" : "")));
      }
    }
    return new DriftReport(result);
  }

  private DriftReport.UnitDrift stackSetDrift(DeploymentUnit unit, CallAs callAs) {
    if (retrying(() -> stackSets.describeStackSet(unit.name(), callAs)).isEmpty()) {
      return new DriftReport.UnitDrift(unit.id(), unit.name(), DriftReport.State.NOT_DEPLOYED, List.of(), List.of(), "");
    }
    // Each detection is a new operation: a deterministic id would only find the previous detection.
    String id = OperationIds.of(unit.id(), "drift", java.util.UUID.randomUUID().toString());
    String started = startOperation(unit, callAs, id, opId -> stackSets.detectStackSetDrift(unit.name(),
        OperationPreferences.from(unit.operationPreferences()), callAs, opId));
    poller.await(unit.id(), unit.name(), started, callAs, events);
    List<String> drifted = new ArrayList<>();
    List<ResourceDrift> resources = new ArrayList<>();
    for (StackInstance i : retrying(() -> stackSets.listStackInstances(unit.name(), callAs))) {
      if (i.driftStatus().equals("DRIFTED")) {
        drifted.add(i.account() + "/" + i.region());
        resources.addAll(retrying(() -> stackSets.listInstanceResourceDrifts(unit.name(), i.account(), i.region(), started, callAs)));
      }
    }
    return new DriftReport.UnitDrift(unit.id(), unit.name(), drifted.isEmpty() ? DriftReport.State.IN_SYNC : DriftReport.State.DRIFTED,
        drifted, resources, "");
  }

  private DriftReport.UnitDrift stackDrift(DeploymentUnit unit) {
    String region = stackRegion(unit);
    if (retrying(() -> stackSets.describeStack(region, unit.name())).isEmpty()) {
      return new DriftReport.UnitDrift(unit.id(), unit.name(), DriftReport.State.NOT_DEPLOYED, List.of(), List.of(), "");
    }
    String detection = retrying(() -> stackSets.detectStackDrift(region, unit.name()));
    Duration delay = Duration.ofSeconds(2);
    for (int polls = 0; ; polls++) {
      String status = retrying(() -> stackSets.stackDriftDetectionStatus(region, detection));
      if (status.equals("DETECTION_COMPLETE")) {
        break;
      }
      if (!status.equals("DETECTION_IN_PROGRESS") || polls > 120) {
        return new DriftReport.UnitDrift(unit.id(), unit.name(), DriftReport.State.NOT_CHECKED, List.of(), List.of(),
            "stack drift detection " + status);
      }
      pause(delay);
      delay = delay.multipliedBy(2).compareTo(Duration.ofSeconds(30)) > 0 ? Duration.ofSeconds(30) : delay.multipliedBy(2);
    }
    List<ResourceDrift> resources = retrying(() -> stackSets.stackResourceDrifts(region, unit.name()));
    return new DriftReport.UnitDrift(unit.id(), unit.name(), resources.isEmpty() ? DriftReport.State.IN_SYNC : DriftReport.State.DRIFTED,
        List.of(), resources, "");
  }
}
