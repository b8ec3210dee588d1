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
    java.util.Optional<Evidence> evidence,
    java.util.Optional<RecoveryOrganization> recoveryOrganization) {

  public AirGapModel {
    plans = Collections.unmodifiableMap(new TreeMap<>(plans));
  }

  /** Whether the model asks for frameworks. */
  public boolean frameworks() {
    return evidence.map(Evidence::frameworks).orElse(false);
  }

  /**
   * Every account the logically air-gapped central vault is shared with: {@code
   * central.recoveryAccounts} and the recovery organization's recovery account, sorted, without
   * repeats.
   */
  public java.util.List<String> sharedWithAccounts() {
    java.util.TreeSet<String> out = new java.util.TreeSet<>(central.recoveryAccounts());
    recoveryOrganization.ifPresent(r -> out.add(r.recoveryAccount()));
    return java.util.List.copyOf(out);
  }

  /**
   * The approval team of the central vault, wherever the model puts it: {@code
   * central.multiPartyApproval}, or the recovery organization's (AG2306 refuses both).
   */
  public java.util.Optional<MultiPartyApproval> approvalTeam() {
    return central
        .multiPartyApproval()
        .or(() -> recoveryOrganization.flatMap(RecoveryOrganization::multiPartyApproval));
  }

  /** The organization-wide reports, if the model asks for them. */
  public java.util.Optional<Evidence.Reports> reports() {
    return evidence.flatMap(Evidence::reports);
  }
}
