package dev.airgap.model;

import java.util.List;

/**
 * Organization targets. Lists keep file order; the generator sorts them where they are sets.
 *
 * @param organizationalUnits OU (or root) ids
 * @param accounts account ids targeted directly
 * @param excludeAccounts account ids inside the OUs to leave out
 */
public record Targets(
    List<String> organizationalUnits, List<String> accounts, List<String> excludeAccounts) {
  public Targets {
    organizationalUnits = List.copyOf(organizationalUnits);
    accounts = List.copyOf(accounts);
    excludeAccounts = List.copyOf(excludeAccounts);
  }

  /** No targets at all. */
  public static Targets none() {
    return new Targets(List.of(), List.of(), List.of());
  }

  public boolean isEmpty() {
    return organizationalUnits.isEmpty() && accounts.isEmpty();
  }
}
