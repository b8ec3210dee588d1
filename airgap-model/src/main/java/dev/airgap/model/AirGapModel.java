package dev.airgap.model;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The whole of airgap.yaml, bound. Collections are immutable and maps sorted by key, so that two
 * models read from differently ordered files are equal and generate the same bytes.
 */
public record AirGapModel(
    Organization organization,
    Central central,
    Members members,
    Map<String, BackupPlan> plans,
    Protection protection,
    DeploySettings deploy,
    java.util.Optional<Evidence> evidence) {

  public AirGapModel {
    plans = Collections.unmodifiableMap(new TreeMap<>(plans));
  }

  /** Whether the model asks for frameworks. */
  public boolean frameworks() {
    return evidence.map(Evidence::frameworks).orElse(false);
  }

  /** The organization-wide reports, if the model asks for them. */
  public java.util.Optional<Evidence.Reports> reports() {
    return evidence.flatMap(Evidence::reports);
  }
}
