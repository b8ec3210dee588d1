package dev.airgap.maven.init;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the name patterns pick from a discovered organization. A pattern the user gives is their
 * choice, so a single match fills the value in (with a comment that says how); no match, or several
 * central accounts, leave a TODO that lists the candidates.
 */
final class Proposals {
  private Proposals() {}

  /** The result of matching: the pick, or the candidates when there is no single one. */
  record Pick<T>(Optional<T> chosen, List<T> candidates, String how) {}

  /** Active accounts (the management account excluded) whose name the pattern finds. */
  static Pick<DiscoveredOrganization.Placed> centralAccount(
      DiscoveredOrganization org, Optional<Pattern> pattern) {
    if (pattern.isEmpty()) {
      return new Pick<>(Optional.empty(), List.of(), "");
    }
    List<DiscoveredOrganization.Placed> matches = new ArrayList<>();
    for (DiscoveredOrganization.Placed p : org.accounts()) {
      if (!p.account().id().equals(org.managementAccountId())
          && "ACTIVE".equals(p.account().status())
          && pattern.get().matcher(p.account().name()).find()) {
        matches.add(p);
      }
    }
    String how = "account name matches centralAccountPattern '" + pattern.get().pattern() + "'";
    return matches.size() == 1
        ? new Pick<>(Optional.of(matches.get(0)), matches, how)
        : new Pick<>(Optional.empty(), matches, how);
  }

  /** Every OU whose name the pattern finds, except the one holding the central account. */
  static List<DiscoveredOrganization.Node> memberOus(
      DiscoveredOrganization org, Optional<Pattern> pattern, Optional<String> centralOu) {
    if (pattern.isEmpty()) {
      return List.of();
    }
    return org.organizationalUnits().stream()
        .filter(n -> pattern.get().matcher(n.name()).find())
        .filter(n -> centralOu.map(c -> !c.equals(n.id())).orElse(true))
        .toList();
  }
}
