package dev.airgap.maven.deploy;

import java.util.List;

/**
 * The result of a deploy, one outcome per unit in manifest order (deterministic whatever ran in
 * parallel).
 */
public record DeployReport(LivePlan plan, List<UnitOutcome> units) {
  public DeployReport {
    units = List.copyOf(units);
  }

  /** How a unit ended. */
  public enum Status {
    /** Deployed (or nothing to do). */
    OK,
    /** An operation failed for template or target reasons; see failures. */
    FAILED,
    /** The environment failed: a call was rejected, timed out or could not be made. */
    ERROR,
    /** Not run because a unit it depends on did not end OK. */
    SKIPPED,
    /** Not run: an irreversible change was not confirmed, or the plan is blocked. */
    REFUSED
  }

  /**
   * @param actions what was done, in order ("created stack set", "updated (operation …)", "no
   *     change")
   * @param failures account/region results that did not succeed (FAILED, CANCELLED) with their
   *     StatusReason
   * @param error the error or refusal, empty when none
   */
  public record UnitOutcome(
      String unitId,
      String name,
      Status status,
      List<String> actions,
      List<OperationResult> failures,
      String error) {
    public UnitOutcome {
      actions = List.copyOf(actions);
      failures = List.copyOf(failures);
    }
  }

  public boolean isSuccess() {
    return units.stream().allMatch(u -> u.status() == Status.OK);
  }

  /** Plain text: one line per unit, then every failure. */
  public String render() {
    StringBuilder out = new StringBuilder();
    for (UnitOutcome u : units) {
      out.append(u.unitId()).append(" (").append(u.name()).append("): ").append(u.status());
      if (!u.actions().isEmpty()) {
        out.append(" - ").append(String.join("; ", u.actions()));
      }
      out.append('\n');
      for (OperationResult f : u.failures()) {
        out.append("    ")
            .append(f.status())
            .append(' ')
            .append(f.account())
            .append('/')
            .append(f.region())
            .append(": ")
            .append(f.statusReason())
            .append('\n');
      }
      if (!u.error().isEmpty()) {
        out.append("    ").append(u.error()).append('\n');
      }
    }
    return out.toString();
  }
}
