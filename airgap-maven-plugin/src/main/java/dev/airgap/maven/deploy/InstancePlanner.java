package dev.airgap.maven.deploy;

import dev.airgap.generator.manifest.DeploymentUnit;
import dev.airgap.generator.manifest.DeploymentUnit.AccountFilterType;
import dev.airgap.maven.deploy.LivePlan.InstanceBatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The {@code CreateStackInstances} calls a stack set needs: every target of a new one, or the
 * account/Region pairs an existing one lacks. Accounts under an OU are read once per deploy.
 */
final class InstancePlanner {
  private final Organization organization;
  private final RetryPolicy retry;
  private final Map<String, List<Organization.Account>> accountsByParent =
      new ConcurrentHashMap<>();

  InstancePlanner(Organization organization, RetryPolicy retry) {
    this.organization = organization;
    this.retry = retry;
  }

  /**
   * Every target of a new stack set: OUs in batches of ≤ 50 (facts §8.3), or the self-managed
   * accounts.
   */
  List<InstanceBatch> all(DeploymentUnit unit, boolean serviceManaged, List<String> notes) {
    List<InstanceBatch> batches = new ArrayList<>();
    DeploymentUnit.UnitTargets t = unit.targets();
    if (serviceManaged) {
      if (t.organizationalUnits().isEmpty()) {
        notes.add("service-managed stack set without OU targets: no instances to create");
        return batches;
      }
      for (List<String> ous :
          partition(t.organizationalUnits(), InstanceTargets.MAX_OUS_PER_CALL)) {
        batches.add(new InstanceBatch(serviceTargets(ous, t), unit.regions(), List.of()));
      }
    } else if (!t.accounts().isEmpty()) {
      batches.add(
          new InstanceBatch(
              new InstanceTargets(List.of(), t.accounts(), ""), unit.regions(), List.of()));
    }
    return batches;
  }

  /**
   * Instances that should exist but do not. Service-managed summaries may not name their OU (moto
   * never does), so the OU's accounts are resolved through Organizations; the management account
   * never receives service-managed instances (facts §8.3).
   */
  List<InstanceBatch> missing(
      DeploymentUnit unit,
      String managementAccount,
      boolean serviceManaged,
      List<StackInstance> instances,
      List<String> notes) {
    Set<String> existing =
        instances.stream()
            .map(i -> i.account() + "/" + i.region())
            .collect(Collectors.toCollection(TreeSet::new));
    return serviceManaged
        ? missingUnderOus(unit, managementAccount, existing, notes)
        : missingAccounts(unit, existing);
  }

  private List<InstanceBatch> missingUnderOus(
      DeploymentUnit unit, String management, Set<String> existing, List<String> notes) {
    DeploymentUnit.UnitTargets t = unit.targets();
    String filter = serviceTargets(List.of(), t).accountFilterType();
    if (t.accounts().contains(management) && !filter.equals("DIFFERENCE")) {
      notes.add(
          "account "
              + management
              + " is the management account: service-managed stack sets never reach it (facts §8.3)");
    }
    // OUs that miss the same Regions share one call; the pairs are what the plan shows a reviewer.
    Map<String, List<String>> ousByMissingRegions = new TreeMap<>();
    Map<String, List<String>> pairsByRegions = new TreeMap<>();
    for (String ou : t.organizationalUnits()) {
      List<Organization.Account> under;
      try {
        under = retry.call(() -> accountsUnder(ou));
      } catch (CloudCallException e) {
        if (e.kind() != CloudCallException.Kind.NOT_FOUND) {
          throw e;
        }
        notes.add(
            ou
                + " was not found in the organization ("
                + e.errorCode()
                + "); nothing to add there, see airgap:doctor");
        continue;
      }
      List<String> accounts =
          under.stream()
              .filter(a -> a.status().equals("ACTIVE"))
              .map(Organization.Account::id)
              .filter(a -> !a.equals(management))
              .filter(
                  a ->
                      switch (filter) {
                        case "INTERSECTION" -> t.accounts().contains(a);
                        case "DIFFERENCE" -> !t.accounts().contains(a);
                        default -> true;
                      })
              .sorted()
              .toList();
      if (accounts.isEmpty()) {
        notes.add(
            ou
                + " reaches no active member account"
                + (filter.equals("NONE") ? "" : " after the " + filter + " filter"));
        continue;
      }
      Set<String> regions = new TreeSet<>();
      List<String> pairs = new ArrayList<>();
      for (String a : accounts) {
        for (String r : unit.regions()) {
          if (!existing.contains(a + "/" + r)) {
            regions.add(r);
            pairs.add(a + "/" + r);
          }
        }
      }
      if (!regions.isEmpty()) {
        String key = String.join(",", regions);
        ousByMissingRegions.computeIfAbsent(key, k -> new ArrayList<>()).add(ou);
        pairsByRegions.computeIfAbsent(key, k -> new ArrayList<>()).addAll(pairs);
      }
    }
    List<InstanceBatch> batches = new ArrayList<>();
    ousByMissingRegions.forEach(
        (key, ous) -> {
          List<String> regions = List.of(key.split(","));
          List<String> pairs = pairsByRegions.get(key).stream().sorted().distinct().toList();
          for (List<String> batch : partition(ous, InstanceTargets.MAX_OUS_PER_CALL)) {
            batches.add(new InstanceBatch(serviceTargets(batch, t), regions, pairs));
          }
        });
    return batches;
  }

  private static List<InstanceBatch> missingAccounts(DeploymentUnit unit, Set<String> existing) {
    Set<String> accounts = new TreeSet<>();
    Set<String> regions = new TreeSet<>();
    List<String> pairs = new ArrayList<>();
    for (String a : unit.targets().accounts()) {
      for (String r : unit.regions()) {
        if (!existing.contains(a + "/" + r)) {
          accounts.add(a);
          regions.add(r);
          pairs.add(a + "/" + r);
        }
      }
    }
    return accounts.isEmpty()
        ? List.of()
        : List.of(
            new InstanceBatch(
                new InstanceTargets(List.of(), List.copyOf(accounts), ""),
                List.copyOf(regions),
                pairs));
  }

  private static InstanceTargets serviceTargets(List<String> ous, DeploymentUnit.UnitTargets t) {
    // A single account inside an OU is addressed with AccountFilterType INTERSECTION; UNION is not
    // supported by CreateStackInstances (facts §8.3).
    String filter =
        t.accounts().isEmpty()
            ? "NONE"
            : (t.accountFilterType() == AccountFilterType.NONE
                ? "INTERSECTION"
                : t.accountFilterType().name());
    return new InstanceTargets(ous, t.accounts(), filter);
  }

  private List<Organization.Account> accountsUnder(String parent) {
    return accountsByParent.computeIfAbsent(parent, organization::accountsUnder);
  }

  private static <T> List<List<T>> partition(List<T> values, int size) {
    List<List<T>> parts = new ArrayList<>();
    for (int i = 0; i < values.size(); i += size) {
      parts.add(List.copyOf(values.subList(i, Math.min(values.size(), i + size))));
    }
    return parts;
  }
}
