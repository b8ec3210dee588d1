package dev.airgap.maven.deploy;

import java.util.List;

/**
 * What deploy would do against the live organization, unit by unit: the plan a reviewer approves.
 * There are no change sets for stack sets (facts §8.8), so it compares the generated template and
 * parameters with {@code DescribeStackSet}, and targets × regions with {@code ListStackInstances}.
 */
public record LivePlan(List<UnitPlan> units) {
  public LivePlan {
    units = List.copyOf(units);
  }

  /** What happens to the stack or stack set itself. */
  public enum Change {
    CREATE,
    UPDATE,
    NO_CHANGE,
    /**
     * Cannot proceed without a manual step (e.g. a stack in ROLLBACK_COMPLETE; airgap never
     * deletes).
     */
    BLOCKED
  }

  /**
   * @param accountRegions the missing {@code account/region} pairs known in advance (empty when the
   *     OU's accounts are not known yet)
   */
  public record InstanceBatch(
      InstanceTargets targets, List<String> regions, List<String> accountRegions) {
    public InstanceBatch {
      regions = List.copyOf(regions);
      accountRegions = List.copyOf(accountRegions);
    }
  }

  /**
   * @param reasons why it changes (template body differs, parameter X differs, …)
   * @param instancesToAdd {@code CreateStackInstances} calls deploy would make
   * @param irreversibleVaults compliance-locked vaults this plan creates or changes (empty when
   *     none)
   * @param activeOperations operations still running on the stack set (deploy follows them first)
   * @param notes anything else a reviewer should know
   */
  public record UnitPlan(
      String unitId,
      String kind,
      String name,
      Change change,
      List<String> reasons,
      List<InstanceBatch> instancesToAdd,
      List<String> irreversibleVaults,
      List<String> activeOperations,
      List<String> notes) {
    public UnitPlan {
      reasons = List.copyOf(reasons);
      instancesToAdd = List.copyOf(instancesToAdd);
      irreversibleVaults = List.copyOf(irreversibleVaults);
      activeOperations = List.copyOf(activeOperations);
      notes = List.copyOf(notes);
    }

    public boolean changes() {
      return change != Change.NO_CHANGE || !instancesToAdd.isEmpty();
    }

    public boolean isIrreversible() {
      return !irreversibleVaults.isEmpty();
    }
  }

  public boolean hasChanges() {
    return units.stream().anyMatch(UnitPlan::changes);
  }

  /** Plain text, one block per unit in manifest order, then a summary line. */
  public String render() {
    StringBuilder out = new StringBuilder();
    int create = 0;
    int update = 0;
    int same = 0;
    int blocked = 0;
    int calls = 0;
    int irreversible = 0;
    for (UnitPlan u : units) {
      String change =
          switch (u.change()) {
            case CREATE -> "create";
            case UPDATE -> "update";
            case NO_CHANGE -> u.instancesToAdd().isEmpty() ? "no change" : "add instances";
            case BLOCKED -> "BLOCKED";
          };
      switch (u.change()) {
        case CREATE -> create++;
        case UPDATE -> update++;
        case NO_CHANGE -> same++;
        case BLOCKED -> blocked++;
      }
      calls += u.instancesToAdd().size();
      out.append(u.changes() ? "[~] " : "[=] ")
          .append(u.unitId())
          .append(" (")
          .append(u.kind())
          .append(' ')
          .append(u.name())
          .append("): ")
          .append(change);
      if (u.isIrreversible()) {
        irreversible++;
        out.append("  IRREVERSIBLE: creates or changes compliance lock on ")
            .append(String.join(", ", u.irreversibleVaults()));
      }
      out.append('\n');
      for (String r : u.reasons()) {
        out.append("    ").append(r).append('\n');
      }
      for (InstanceBatch b : u.instancesToAdd()) {
        out.append("    + instances: ")
            .append(b.targets().describe())
            .append(" x ")
            .append(b.regions());
        if (!b.accountRegions().isEmpty()) {
          out.append(" (").append(String.join(", ", b.accountRegions())).append(')');
        }
        out.append('\n');
      }
      for (String o : u.activeOperations()) {
        out.append("    running operation: ").append(o).append('\n');
      }
      for (String n : u.notes()) {
        out.append("    note: ").append(n).append('\n');
      }
    }
    out.append("plan: ")
        .append(create)
        .append(" to create, ")
        .append(update)
        .append(" to update, ")
        .append(same)
        .append(" without template change, ")
        .append(blocked)
        .append(" blocked, ")
        .append(calls)
        .append(" instance call(s)");
    if (irreversible > 0) {
      out.append(", ").append(irreversible).append(" IRREVERSIBLE");
    }
    out.append('\n');
    return out.toString();
  }
}
