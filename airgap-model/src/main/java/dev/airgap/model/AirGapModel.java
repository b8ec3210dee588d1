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
    DeploySettings deploy) {

  public AirGapModel {
    plans = Collections.unmodifiableMap(new TreeMap<>(plans));
  }
}
