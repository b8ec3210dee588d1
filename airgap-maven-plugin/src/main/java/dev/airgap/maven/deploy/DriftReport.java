package dev.airgap.maven.deploy;

import java.util.List;

/** Drift per unit, in manifest order. */
public record DriftReport(List<UnitDrift> units) {
  public DriftReport {
    units = List.copyOf(units);
  }

  public enum State {
    IN_SYNC,
    DRIFTED,
    NOT_DEPLOYED,
    /** Detection could not run; the reason says why (never reported as in sync). */
    NOT_CHECKED
  }

  /**
   * @param driftedInstances {@code account/region} of drifted stack set instances
   */
  public record UnitDrift(
      String unitId,
      String name,
      State state,
      List<String> driftedInstances,
      List<ResourceDrift> resources,
      String reason) {
    public UnitDrift {
      driftedInstances = List.copyOf(driftedInstances);
      resources = List.copyOf(resources);
    }
  }

  public boolean hasDrift() {
    return units.stream().anyMatch(u -> u.state() == State.DRIFTED);
  }

  public boolean allChecked() {
    return units.stream().noneMatch(u -> u.state() == State.NOT_CHECKED);
  }

  public String render() {
    StringBuilder out = new StringBuilder();
    for (UnitDrift u : units) {
      String mark =
          switch (u.state()) {
            case IN_SYNC -> "✓ in sync";
            case DRIFTED -> "✗ DRIFTED";
            case NOT_DEPLOYED -> "- not deployed";
            case NOT_CHECKED -> "? not checked";
          };
      out.append(mark).append(": ").append(u.unitId()).append(" (").append(u.name()).append(')');
      if (!u.reason().isEmpty()) {
        out.append(" - ").append(u.reason());
      }
      out.append('\n');
      for (String i : u.driftedInstances()) {
        out.append("    drifted instance ").append(i).append('\n');
      }
      for (ResourceDrift r : u.resources()) {
        out.append("    ")
            .append(r.driftStatus())
            .append(' ')
            .append(r.resourceType())
            .append(' ')
            .append(r.logicalId());
        if (!r.account().isEmpty()) {
          out.append(" in ").append(r.account()).append('/').append(r.region());
        }
        out.append('\n');
      }
    }
    return out.toString();
  }
}
