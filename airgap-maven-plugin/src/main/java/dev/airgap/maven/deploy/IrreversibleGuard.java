package dev.airgap.maven.deploy;

import dev.airgap.maven.deploy.LivePlan.UnitPlan;
import java.util.List;
import java.util.Set;

/**
 * Refuses a plan that creates or changes a compliance lock no one confirmed by vault name ({@code
 * airgap.confirmIrreversible}). Which plans do is decided by {@link LivePlanner} from the
 * generator's typed diff and the manifest; this class only compares with the confirmations.
 */
final class IrreversibleGuard {
  private final Set<String> confirmed;

  IrreversibleGuard(Set<String> confirmed) {
    this.confirmed = Set.copyOf(confirmed);
  }

  /**
   * The vaults of {@code plan} that need a confirmation and lack one; empty when it may go ahead.
   */
  List<String> unconfirmed(UnitPlan plan) {
    return plan.irreversibleVaults().stream().filter(v -> !confirmed.contains(v)).toList();
  }

  /** The refusal a unit reports; MojoErrors recognises its start and tells how to confirm. */
  static String refusal(List<String> unconfirmed) {
    return "IRREVERSIBLE: would create or change the compliance lock of vault "
        + String.join(", ", unconfirmed)
        + "; not confirmed";
  }
}
