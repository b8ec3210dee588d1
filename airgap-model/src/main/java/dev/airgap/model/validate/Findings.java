package dev.airgap.model.validate;

import java.util.List;

/** All findings of a run, sorted by location then rule id. */
public record Findings(List<Finding> all) {
  public Findings {
    all = all.stream().sorted(Finding.ORDER).toList();
  }

  public long errorCount() {
    return all.stream().filter(Finding::isError).count();
  }

  public long warningCount() {
    return all.size() - errorCount();
  }

  public boolean hasErrors() {
    return errorCount() > 0;
  }

  /** Whether the run fails at the given threshold. */
  public boolean failsAt(Severity threshold) {
    return threshold == Severity.WARNING ? !all.isEmpty() : hasErrors();
  }

  /** This run's findings followed by others (e.g. template findings), re-sorted. */
  public Findings plus(List<Finding> more) {
    java.util.ArrayList<Finding> merged = new java.util.ArrayList<>(all);
    merged.addAll(more);
    return new Findings(merged);
  }
}
