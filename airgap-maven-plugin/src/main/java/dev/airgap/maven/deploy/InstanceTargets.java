package dev.airgap.maven.deploy;

import java.util.List;

/**
 * The targets of one {@code CreateStackInstances} call.
 *
 * @param organizationalUnits ≤ 50 OU ids (facts §8.3), empty for self-managed
 * @param accounts accounts (self-managed targets, or the filter's accounts)
 * @param accountFilterType {@code NONE}, {@code INTERSECTION} or {@code DIFFERENCE}; empty for
 *     self-managed
 */
public record InstanceTargets(
    List<String> organizationalUnits, List<String> accounts, String accountFilterType) {
  public static final int MAX_OUS_PER_CALL = 50;

  public InstanceTargets {
    organizationalUnits = List.copyOf(organizationalUnits);
    accounts = List.copyOf(accounts);
    if (organizationalUnits.size() > MAX_OUS_PER_CALL) {
      throw new IllegalArgumentException(
          "at most 50 OUs per CreateStackInstances call (facts §8.3)");
    }
  }

  public boolean serviceManaged() {
    return !organizationalUnits.isEmpty();
  }

  /** For messages and OperationIds: stable text. */
  public String describe() {
    return (serviceManaged()
        ? "OUs "
            + organizationalUnits
            + (accounts.isEmpty() ? "" : " " + accountFilterType + " " + accounts)
        : "accounts " + accounts);
  }
}
