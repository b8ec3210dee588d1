package dev.airgap.maven.deploy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * In-memory {@link StackSets} and {@link Organization} that raises the faults moto cannot make
 * (style.md §7) and runs stack set operations with the semantics AWS documents (docs/deploy.md
 * "StackSets semantics (sources)"), not kinder ones:
 *
 * <ul>
 *   <li>failure tolerance per Region ({@code FailureToleranceCount}, or {@code
 *       FailureTolerancePercentage} of the Region's accounts rounded down; default 0): when a
 *       Region's failures exceed it, the operation stops there, the accounts not yet started are
 *       {@code CANCELLED}, later Regions are cancelled too, and the operation ends {@code FAILED};
 *   <li>within the tolerance the operation ends {@code SUCCEEDED} with {@code
 *       FailedStackInstancesCount} &gt; 0;
 *   <li>accounts run in batches of {@code MaxConcurrentCount} (or the percentage rounded down, at
 *       least 1; default 1), capped at tolerance + 1 in the default {@code
 *       STRICT_FAILURE_TOLERANCE} mode; Regions one after another in {@code RegionOrder} ({@code
 *       SEQUENTIAL}, the default) or in lock step ({@code PARALLEL});
 *   <li>a second operation while one is running: {@code OperationInProgressException}, or {@code
 *       QUEUED} behind it when the stack set has managed execution active.
 * </ul>
 *
 * Each {@code DescribeStackSetOperation} poll advances the operation one step of its script; the
 * outcome (instance results and final status) is decided when the operation starts.
 */
class FakeCloud implements StackSets, Organization, KeyAliases {
  static final String CANCELLED_REASON = "Cancelled since failure tolerance has exceeded";

  /** Parameter overrides of each instance: "stackSet/account/region" → overrides. */
  final Map<String, Map<String, String>> overrides = new TreeMap<>();

  /** What DescribeKey answers: "region alias ARN" → key ARN; others are NotFoundException. */
  final Map<String, String> keyAliases = new TreeMap<>();

  @Override
  public synchronized String keyArn(String region, String aliasArn) {
    enter("describeKey", region + " " + aliasArn);
    String arn = keyAliases.get(region + " " + aliasArn);
    if (arn == null) {
      throw new CloudCallException(
          CloudCallException.Kind.NOT_FOUND,
          "DescribeKey",
          "NotFoundException",
          "",
          "Alias " + aliasArn + " is not found.",
          null);
    }
    return arn;
  }

  static final class FakeStackSet {
    String template;
    Map<String, String> parameters;
    final String permissionModel;
    final List<StackInstance> instances = new ArrayList<>();

    /**
     * ManagedExecution Active: conflicting operations queue instead of failing. Off for stack sets
     * made outside airgap.
     */
    boolean managedExecution;

    FakeStackSet(String template, Map<String, String> parameters, String permissionModel) {
      this.template = template;
      this.parameters = new TreeMap<>(parameters);
      this.permissionModel = permissionModel;
    }
  }

  static final class FakeOperation {
    final String id;
    final String stackSet;
    final String action;
    final Deque<String> script;
    final List<OperationResult> results;
    String status;

    /**
     * False while ListStackSetOperations does not show it yet (an accepted request whose answer was
     * lost).
     */
    boolean listed = true;

    FakeOperation(
        String id,
        String stackSet,
        String action,
        List<String> script,
        List<OperationResult> results) {
      this.id = id;
      this.stackSet = stackSet;
      this.action = action;
      this.script = new ArrayDeque<>(script);
      this.results = results;
      this.status = this.script.peekFirst();
    }

    int failed() {
      return (int) results.stream().filter(r -> r.status().equals("FAILED")).count();
    }

    boolean active() {
      return status.equals("RUNNING") || status.equals("QUEUED") || status.equals("STOPPING");
    }
  }

  final Map<String, FakeStackSet> stackSets = new LinkedHashMap<>();
  final Map<String, FakeOperation> operations = new LinkedHashMap<>();
  final Map<String, List<Organization.Account>> ous = new TreeMap<>();
  final List<String> calls = new CopyOnWriteArrayList<>();

  /** method name → faults raised (in order) before the method proceeds. */
  final Map<String, Deque<CloudCallException>> faults = new LinkedHashMap<>();

  /**
   * method name → actions run (in order, one per call) before the method proceeds, e.g. someone
   * else starting an operation.
   */
  final Map<String, Deque<Runnable>> hooks = new LinkedHashMap<>();

  /**
   * Statuses the next operation started shows, one per poll. The last entry stands for the end: it
   * is replaced by the outcome (SUCCEEDED, or FAILED when a Region's failure tolerance was
   * exceeded).
   */
  List<String> nextScript = List.of("SUCCEEDED");

  /** account/region → reason: these fail when an operation reaches them. */
  Map<String, String> nextFailures = Map.of();

  String managementAccount = "111111111111";

  void fault(String method, CloudCallException e) {
    faults.computeIfAbsent(method, k -> new ArrayDeque<>()).add(e);
  }

  void beforeCall(String method, Runnable action) {
    hooks.computeIfAbsent(method, k -> new ArrayDeque<>()).add(action);
  }

  /** Someone else's operation on {@code stackSet}, running for {@code script}. */
  synchronized FakeOperation foreignOperation(String id, String stackSet, List<String> script) {
    FakeOperation op = new FakeOperation(id, stackSet, "UPDATE", script, List.of());
    operations.put(id, op);
    return op;
  }

  private synchronized void enter(String method, String detail) {
    calls.add(method + (detail.isEmpty() ? "" : " " + detail));
    Deque<Runnable> h = hooks.get(method);
    if (h != null && !h.isEmpty()) {
      h.poll().run();
    }
    Deque<CloudCallException> q = faults.get(method);
    if (q != null && !q.isEmpty()) {
      throw q.poll();
    }
  }

  List<String> callsOf(String method) {
    return calls.stream().filter(c -> c.equals(method) || c.startsWith(method + " ")).toList();
  }

  static CloudCallException throttled(String op) {
    return new CloudCallException(
        CloudCallException.Kind.THROTTLED, op, "Throttling", "req-1", "Rate exceeded", null);
  }

  // ---- StackSets

  @Override
  public synchronized Optional<StackSetState> describeStackSet(String name, CallAs callAs) {
    enter("describeStackSet", name);
    FakeStackSet s = stackSets.get(name);
    return s == null
        ? Optional.empty()
        : Optional.of(
            new StackSetState(name, s.template, s.parameters, s.permissionModel, "ACTIVE"));
  }

  @Override
  public synchronized void createStackSet(StackSetSpec spec, CallAs callAs, String token) {
    enter("createStackSet", spec.name());
    if (stackSets.containsKey(spec.name())) {
      throw new CloudCallException(CloudCallException.Kind.NAME_EXISTS, "CreateStackSet", "exists");
    }
    FakeStackSet s =
        new FakeStackSet(
            spec.templateBody(),
            spec.parameters(),
            spec.serviceManaged() ? "SERVICE_MANAGED" : "SELF_MANAGED");
    s.managedExecution = true; // SdkStackSets always asks for it
    stackSets.put(spec.name(), s);
  }

  @Override
  public synchronized String updateStackSet(
      StackSetSpec spec, OperationPreferences prefs, CallAs callAs, String operationId) {
    enter("updateStackSet", operationId);
    String existing = reuse(operationId, "UpdateStackSet");
    if (existing != null) {
      return existing;
    }
    FakeStackSet s = stackSets.get(spec.name());
    boolean queued = admit(spec.name(), s, "UpdateStackSet");
    // The stack set's template changes when the update is accepted; instances follow as the
    // operation runs.
    s.template = spec.templateBody();
    s.parameters = new TreeMap<>(spec.parameters());
    s.managedExecution = true;
    FakeOperation op =
        start(
            operationId,
            spec.name(),
            "UPDATE",
            s.instances.stream().map(i -> i.account() + "/" + i.region()).toList(),
            prefs,
            queued);
    for (OperationResult r : op.results) {
      s.instances.replaceAll(
          i ->
              i.account().equals(r.account()) && i.region().equals(r.region())
                  ? new StackInstance(
                      i.account(),
                      i.region(),
                      i.organizationalUnitId(),
                      instanceStatus(r),
                      r.statusReason(),
                      i.driftStatus())
                  : i);
    }
    return operationId;
  }

  /**
   * facts §8.5: a running id is the same request (runs once); a finished one is
   * OperationIdAlreadyExists.
   */
  private String reuse(String operationId, String api) {
    FakeOperation op = operations.get(operationId);
    if (op == null) {
      return null;
    }
    if (op.active()) {
      return operationId;
    }
    throw new CloudCallException(
        CloudCallException.Kind.OPERATION_ID_EXISTS,
        api,
        "OperationIdAlreadyExistsException",
        "",
        "exists " + operationId,
        null);
  }

  /**
   * Whether a new operation on {@code name} may start: not while another runs, unless managed
   * execution queues it (then true: it starts QUEUED).
   */
  private boolean admit(String name, FakeStackSet s, String api) {
    boolean busy =
        operations.values().stream().anyMatch(o -> o.stackSet.equals(name) && o.active());
    if (busy && !s.managedExecution) {
      throw new CloudCallException(
          CloudCallException.Kind.OPERATION_IN_PROGRESS,
          api,
          "OperationInProgressException",
          "req-busy",
          "Another Operation on StackSet " + name + " is in progress",
          null);
    }
    return busy;
  }

  private static String instanceStatus(OperationResult r) {
    return r.status().equals("SUCCEEDED") ? "CURRENT" : "OUTDATED";
  }

  private FakeOperation start(
      String id,
      String stackSet,
      String action,
      List<String> targets,
      OperationPreferences prefs,
      boolean queued) {
    Outcome outcome = run(targets, prefs);
    List<String> script = new ArrayList<>();
    if (queued) {
      script.add("QUEUED");
    }
    script.addAll(nextScript.subList(0, nextScript.size() - 1));
    script.add(outcome.toleranceExceeded() ? "FAILED" : "SUCCEEDED");
    FakeOperation op = new FakeOperation(id, stackSet, action, script, outcome.results());
    operations.put(id, op);
    return op;
  }

  private record Outcome(List<OperationResult> results, boolean toleranceExceeded) {}

  /**
   * The outcome of one operation over {@code targets} (account/region, in request order), per the
   * documented semantics.
   */
  private Outcome run(List<String> targets, OperationPreferences prefs) {
    Map<String, List<String>> byRegion = new LinkedHashMap<>();
    for (String r : prefs.regionOrder()) {
      byRegion.put(r, new ArrayList<>());
    }
    for (String t : targets) {
      byRegion.computeIfAbsent(t.split("/")[1], k -> new ArrayList<>()).add(t.split("/")[0]);
    }
    byRegion.values().removeIf(List::isEmpty);
    Map<String, OperationResult> out = new LinkedHashMap<>();
    boolean parallel = prefs.regionConcurrencyType().map("PARALLEL"::equals).orElse(false);
    Map<String, Integer> next = new LinkedHashMap<>();
    Map<String, Integer> failures = new LinkedHashMap<>();
    byRegion
        .keySet()
        .forEach(
            r -> {
              next.put(r, 0);
              failures.put(r, 0);
            });
    boolean stopped = false;
    List<String> regions = new ArrayList<>(byRegion.keySet());
    int current = 0;
    while (!stopped && current < regions.size()) {
      // One round: a batch in the current Region (SEQUENTIAL) or in every unfinished Region
      // (PARALLEL).
      List<String> round =
          parallel
              ? regions.stream().filter(r -> next.get(r) < byRegion.get(r).size()).toList()
              : List.of(regions.get(current));
      if (round.isEmpty()) {
        break;
      }
      for (String region : round) {
        List<String> accounts = byRegion.get(region);
        int tolerance = tolerance(prefs, accounts.size());
        int batch = concurrency(prefs, accounts.size(), tolerance);
        int from = next.get(region);
        for (int i = from; i < Math.min(accounts.size(), from + batch); i++) {
          String pair = accounts.get(i) + "/" + region;
          String reason = nextFailures.get(pair);
          out.put(
              pair,
              new OperationResult(
                  accounts.get(i),
                  region,
                  reason == null ? "SUCCEEDED" : "FAILED",
                  reason == null ? "" : reason));
          if (reason != null) {
            failures.merge(region, 1, Integer::sum);
          }
        }
        next.put(region, Math.min(accounts.size(), from + batch));
        if (failures.get(region) > tolerance) {
          stopped = true;
        }
      }
      if (!parallel
          && next.get(regions.get(current)) >= byRegion.get(regions.get(current)).size()) {
        current++;
      }
    }
    for (Map.Entry<String, List<String>> e : byRegion.entrySet()) {
      for (String a : e.getValue()) {
        out.putIfAbsent(
            a + "/" + e.getKey(),
            new OperationResult(a, e.getKey(), "CANCELLED", CANCELLED_REASON));
      }
    }
    return new Outcome(List.copyOf(out.values()), stopped);
  }

  private static int tolerance(OperationPreferences prefs, int accounts) {
    if (prefs.failureToleranceCount().isPresent()) {
      return prefs.failureToleranceCount().getAsInt();
    }
    // rounded down (StackSetOperationPreferences, FailureTolerancePercentage)
    return prefs.failureTolerancePercentage().isPresent()
        ? accounts * prefs.failureTolerancePercentage().getAsInt() / 100
        : 0;
  }

  private static int concurrency(OperationPreferences prefs, int accounts, int tolerance) {
    int max =
        prefs.maxConcurrentCount().isPresent()
            ? prefs.maxConcurrentCount().getAsInt()
            : prefs.maxConcurrentPercentage().isPresent()
                ? Math.max(1, accounts * prefs.maxConcurrentPercentage().getAsInt() / 100)
                : 1;
    boolean soft = prefs.concurrencyMode().map("SOFT_FAILURE_TOLERANCE"::equals).orElse(false);
    return soft ? max : Math.min(max, tolerance + 1);
  }

  @Override
  public synchronized List<StackInstance> listStackInstances(String name, CallAs callAs) {
    enter("listStackInstances", name);
    return List.copyOf(stackSets.get(name).instances);
  }

  @Override
  public synchronized String createStackInstances(
      String name,
      InstanceTargets targets,
      List<String> regions,
      Map<String, String> parameterOverrides,
      OperationPreferences prefs,
      CallAs callAs,
      String operationId) {
    enter("createStackInstances", operationId);
    String existing = reuse(operationId, "CreateStackInstances");
    if (existing != null) {
      return existing;
    }
    FakeStackSet s = stackSets.get(name);
    boolean queued = admit(name, s, "CreateStackInstances");
    List<String> accounts = new ArrayList<>();
    if (targets.serviceManaged()) {
      for (String ou : targets.organizationalUnits()) {
        for (Organization.Account a : ous.getOrDefault(ou, List.of())) {
          boolean keep =
              switch (targets.accountFilterType()) {
                case "INTERSECTION" -> targets.accounts().contains(a.id());
                case "DIFFERENCE" -> !targets.accounts().contains(a.id());
                default -> true;
              };
          if (keep && !a.id().equals(managementAccount)) {
            accounts.add(a.id());
          }
        }
      }
    } else {
      accounts.addAll(targets.accounts());
    }
    List<String> pairs = new ArrayList<>();
    for (String a : accounts) {
      for (String r : regions) {
        pairs.add(a + "/" + r);
      }
    }
    FakeOperation op = start(operationId, name, "CREATE", pairs, prefs, queued);
    for (String pair : pairs) {
      overrides.put(name + "/" + pair, Map.copyOf(parameterOverrides));
    }
    // Failed and cancelled instances exist too, OUTDATED with the reason (API
    // StackInstanceSummary).
    for (OperationResult r : op.results) {
      s.instances.add(
          new StackInstance(
              r.account(), r.region(), "", instanceStatus(r), r.statusReason(), "NOT_CHECKED"));
    }
    return operationId;
  }

  @Override
  public synchronized Optional<OperationStatus> describeOperation(
      String name, String operationId, CallAs callAs) {
    enter("describeOperation", operationId);
    FakeOperation op = operations.get(operationId);
    if (op == null || !op.stackSet.equals(name)) {
      return Optional.empty();
    }
    Optional<FakeOperation> ahead =
        operations.values().stream()
            .takeWhile(o -> o != op)
            .filter(o -> o.stackSet.equals(name) && o.active())
            .findFirst();
    if (ahead.isPresent() && op.status.equals("QUEUED")) {
      // Queued behind another operation (managed execution): time passes for that one, this one
      // waits.
      advance(ahead.get());
      return Optional.of(new OperationStatus(op.id, op.action, op.status, op.failed()));
    }
    advance(op);
    return Optional.of(new OperationStatus(op.id, op.action, op.status, op.failed()));
  }

  /** One poll's worth of time: the next status of the script; the last one stays. */
  private static void advance(FakeOperation op) {
    op.status = op.script.size() > 1 ? op.script.poll() : op.script.peek();
  }

  @Override
  public synchronized List<OperationStatus> listOperations(String name, CallAs callAs) {
    enter("listOperations", name);
    return operations.values().stream()
        .filter(o -> o.stackSet.equals(name) && o.listed)
        .map(o -> new OperationStatus(o.id, o.action, o.status, o.failed()))
        .toList();
  }

  @Override
  public synchronized List<OperationResult> listOperationResults(
      String name, String operationId, CallAs callAs, String onlyStatus) {
    enter("listOperationResults", operationId + (onlyStatus.isEmpty() ? "" : " " + onlyStatus));
    FakeOperation op = operations.get(operationId);
    return op.results.stream()
        .filter(r -> onlyStatus.isEmpty() || r.status().equals(onlyStatus))
        .toList();
  }

  @Override
  public String detectStackSetDrift(
      String name, OperationPreferences prefs, CallAs callAs, String operationId) {
    enter("detectStackSetDrift", name);
    throw new UnsupportedOperationException();
  }

  @Override
  public List<ResourceDrift> listInstanceResourceDrifts(
      String name, String account, String region, String operationId, CallAs callAs) {
    throw new UnsupportedOperationException();
  }

  @Override
  public String organizationsAccess(CallAs callAs) {
    enter("organizationsAccess", "");
    return "ENABLED";
  }

  @Override
  public Optional<StackState> describeStack(String region, String name) {
    enter("describeStack", name);
    return Optional.empty();
  }

  @Override
  public String getTemplate(String region, String name) {
    throw new UnsupportedOperationException();
  }

  @Override
  public boolean createChangeSet(
      String region,
      String stackName,
      String changeSetName,
      boolean createStack,
      String templateBody,
      Map<String, String> parameters,
      List<String> capabilities) {
    enter("createChangeSet", stackName);
    return true;
  }

  @Override
  public StackState executeChangeSet(String region, String stackName, String changeSetName) {
    enter("executeChangeSet", stackName);
    return new StackState(stackName, "CREATE_COMPLETE", "", Map.of());
  }

  @Override
  public String detectStackDrift(String region, String name) {
    throw new UnsupportedOperationException();
  }

  @Override
  public String stackDriftDetectionStatus(String region, String detectionId) {
    throw new UnsupportedOperationException();
  }

  @Override
  public List<ResourceDrift> stackResourceDrifts(String region, String name) {
    throw new UnsupportedOperationException();
  }

  // ---- Organization

  @Override
  public Description describe() {
    return new Description("o-fake", managementAccount, "ALL");
  }

  @Override
  public String callerAccount() {
    return managementAccount;
  }

  @Override
  public List<String> trustedServicePrincipals() {
    return List.of("backup.amazonaws.com");
  }

  @Override
  public List<Root> roots() {
    return List.of(
        new Root(
            "r-fake", Map.of("SERVICE_CONTROL_POLICY", "ENABLED", "BACKUP_POLICY", "ENABLED")));
  }

  @Override
  public List<String> delegatedAdministrators(String servicePrincipal) {
    return List.of();
  }

  @Override
  public Optional<String> organizationalUnitName(String ouId) {
    return ous.containsKey(ouId) ? Optional.of(ouId) : Optional.empty();
  }

  @Override
  public Optional<Organization.Account> account(String accountId) {
    return ous.values().stream()
        .flatMap(List::stream)
        .filter(a -> a.id().equals(accountId))
        .findFirst();
  }

  @Override
  public synchronized List<Organization.Account> accountsUnder(String parentId) {
    enter("accountsUnder", parentId);
    return ous.getOrDefault(parentId, List.of());
  }

  boolean mutated() {
    return calls.stream()
        .anyMatch(c -> c.startsWith("create") || c.startsWith("update") || c.startsWith("execute"));
  }
}
