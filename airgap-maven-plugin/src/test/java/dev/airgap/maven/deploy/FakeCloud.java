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
 * In-memory {@link StackSets} and {@link Organization} that replays scripted operation statuses and
 * raises the faults moto cannot make (style.md §7): throttling, OperationInProgressException,
 * per-account FAILED results, operations that stay RUNNING.
 */
class FakeCloud implements StackSets, Organization {

  static final class FakeStackSet {
    String template;
    Map<String, String> parameters;
    final String permissionModel;
    final List<StackInstance> instances = new ArrayList<>();

    FakeStackSet(String template, Map<String, String> parameters, String permissionModel) {
      this.template = template;
      this.parameters = new TreeMap<>(parameters);
      this.permissionModel = permissionModel;
    }
  }

  static final class FakeOperation {
    final String id;
    final String action;
    final Deque<String> script;
    final List<OperationResult> results;
    String status;

    FakeOperation(String id, String action, List<String> script, List<OperationResult> results) {
      this.id = id;
      this.action = action;
      this.script = new ArrayDeque<>(script);
      this.results = results;
      this.status = this.script.peekFirst();
    }

    int failed() {
      return (int) results.stream().filter(r -> r.status().equals("FAILED")).count();
    }
  }

  final Map<String, FakeStackSet> stackSets = new LinkedHashMap<>();
  final Map<String, FakeOperation> operations = new LinkedHashMap<>();
  final Map<String, List<Organization.Account>> ous = new TreeMap<>();
  final List<String> calls = new CopyOnWriteArrayList<>();
  /** method name → faults raised (in order) before the method proceeds. */
  final Map<String, Deque<CloudCallException>> faults = new LinkedHashMap<>();
  /** Status script of the next operation started (default: SUCCEEDED at once). */
  List<String> nextScript = List.of("SUCCEEDED");
  /** account/region → reason: these fail in the next instance operation. */
  Map<String, String> nextFailures = Map.of();
  String managementAccount = "111111111111";

  void fault(String method, CloudCallException e) {
    faults.computeIfAbsent(method, k -> new ArrayDeque<>()).add(e);
  }

  private synchronized void enter(String method, String detail) {
    calls.add(method + (detail.isEmpty() ? "" : " " + detail));
    Deque<CloudCallException> q = faults.get(method);
    if (q != null && !q.isEmpty()) {
      CloudCallException e = q.poll();
      if (e.kind() == CloudCallException.Kind.OPERATION_IN_PROGRESS) {
        // someone else's operation is running on the stack set
        operations.put("someone-else", new FakeOperation("someone-else", "UPDATE", List.of("RUNNING", "SUCCEEDED"), List.of()));
      }
      throw e;
    }
  }

  List<String> callsOf(String method) {
    return calls.stream().filter(c -> c.equals(method) || c.startsWith(method + " ")).toList();
  }

  static CloudCallException throttled(String op) {
    return new CloudCallException(CloudCallException.Kind.THROTTLED, op, "Throttling", "req-1", "Rate exceeded", null);
  }

  // ---- StackSets

  @Override
  public synchronized Optional<StackSetState> describeStackSet(String name, CallAs callAs) {
    enter("describeStackSet", name);
    FakeStackSet s = stackSets.get(name);
    return s == null ? Optional.empty() : Optional.of(new StackSetState(name, s.template, s.parameters, s.permissionModel, "ACTIVE"));
  }

  @Override
  public synchronized void createStackSet(StackSetSpec spec, CallAs callAs, String token) {
    enter("createStackSet", spec.name());
    if (stackSets.containsKey(spec.name())) {
      throw new CloudCallException(CloudCallException.Kind.NAME_EXISTS, "CreateStackSet", "exists");
    }
    stackSets.put(spec.name(), new FakeStackSet(spec.templateBody(), spec.parameters(), spec.serviceManaged() ? "SERVICE_MANAGED" : "SELF_MANAGED"));
  }

  @Override
  public synchronized String updateStackSet(StackSetSpec spec, OperationPreferences prefs, CallAs callAs, String operationId) {
    enter("updateStackSet", operationId);
    String existing = reuse(operationId);
    if (existing != null) {
      return existing;
    }
    FakeStackSet s = stackSets.get(spec.name());
    // The stack set's template changes when the update is accepted; instances follow as the operation runs.
    s.template = spec.templateBody();
    s.parameters = new TreeMap<>(spec.parameters());
    start(operationId, "UPDATE", s.instances.stream().map(i -> i.account() + "/" + i.region()).toList());
    return operationId;
  }

  /** facts §8.5: a running id is the same request (runs once); a finished one is OperationIdAlreadyExists. */
  private String reuse(String operationId) {
    FakeOperation op = operations.get(operationId);
    if (op == null) {
      return null;
    }
    if (op.status.equals("RUNNING") || op.status.equals("QUEUED")) {
      return operationId;
    }
    throw new CloudCallException(CloudCallException.Kind.OPERATION_ID_EXISTS, "UpdateStackSet", "exists " + operationId);
  }

  private void start(String id, String action, List<String> targets) {
    List<OperationResult> results = new ArrayList<>();
    for (String t : targets) {
      String[] ar = t.split("/");
      String reason = nextFailures.get(t);
      results.add(new OperationResult(ar[0], ar[1], reason == null ? "SUCCEEDED" : "FAILED", reason == null ? "" : reason));
    }
    boolean anyFailed = results.stream().anyMatch(r -> r.status().equals("FAILED"));
    List<String> script = anyFailed ? List.of("RUNNING", "FAILED") : nextScript;
    operations.put(id, new FakeOperation(id, action, script, results));
  }

  @Override
  public synchronized List<StackInstance> listStackInstances(String name, CallAs callAs) {
    enter("listStackInstances", name);
    return List.copyOf(stackSets.get(name).instances);
  }

  @Override
  public synchronized String createStackInstances(String name, InstanceTargets targets, List<String> regions, OperationPreferences prefs,
      CallAs callAs, String operationId) {
    enter("createStackInstances", operationId);
    String existing = reuse(operationId);
    if (existing != null) {
      return existing;
    }
    List<String> accounts = new ArrayList<>();
    if (targets.serviceManaged()) {
      for (String ou : targets.organizationalUnits()) {
        for (Organization.Account a : ous.getOrDefault(ou, List.of())) {
          boolean keep = switch (targets.accountFilterType()) {
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
    start(operationId, "CREATE", pairs);
    FakeStackSet s = stackSets.get(name);
    for (OperationResult r : operations.get(operationId).results) {
      s.instances.add(new StackInstance(r.account(), r.region(), "", r.status().equals("FAILED") ? "OUTDATED" : "CURRENT", r.statusReason(),
          "NOT_CHECKED"));
    }
    return operationId;
  }

  @Override
  public synchronized Optional<OperationStatus> describeOperation(String name, String operationId, CallAs callAs) {
    enter("describeOperation", operationId);
    FakeOperation op = operations.get(operationId);
    if (op == null) {
      return Optional.empty();
    }
    // Each poll advances the script by one step; the last status stays.
    op.status = op.script.size() > 1 ? op.script.poll() : op.script.peek();
    return Optional.of(new OperationStatus(op.id, op.action, op.status, op.failed()));
  }

  @Override
  public synchronized List<OperationStatus> listOperations(String name, CallAs callAs) {
    enter("listOperations", name);
    return operations.values().stream().map(o -> new OperationStatus(o.id, o.action, o.status, o.failed())).toList();
  }

  @Override
  public synchronized List<OperationResult> listOperationResults(String name, String operationId, CallAs callAs, boolean failedOnly) {
    enter("listOperationResults", operationId);
    FakeOperation op = operations.get(operationId);
    return op.results.stream().filter(r -> !failedOnly || r.status().equals("FAILED")).toList();
  }

  @Override
  public String detectStackSetDrift(String name, OperationPreferences prefs, CallAs callAs, String operationId) {
    enter("detectStackSetDrift", name);
    throw new UnsupportedOperationException();
  }

  @Override
  public List<ResourceDrift> listInstanceResourceDrifts(String name, String account, String region, String operationId, CallAs callAs) {
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
  public boolean createChangeSet(String region, String stackName, String changeSetName, boolean createStack, String templateBody,
      Map<String, String> parameters, List<String> capabilities) {
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
    return List.of(new Root("r-fake", Map.of("SERVICE_CONTROL_POLICY", "ENABLED", "BACKUP_POLICY", "ENABLED")));
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
    return ous.values().stream().flatMap(List::stream).filter(a -> a.id().equals(accountId)).findFirst();
  }

  @Override
  public synchronized List<Organization.Account> accountsUnder(String parentId) {
    enter("accountsUnder", parentId);
    return ous.getOrDefault(parentId, List.of());
  }

  boolean mutated() {
    return calls.stream().anyMatch(c -> c.startsWith("create") || c.startsWith("update") || c.startsWith("execute"));
  }
}
