package dev.airgap.maven.deploy;

import dev.airgap.maven.deploy.Doctor.Check;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * AWS Control Tower coexistence (docs/aws-facts.md §14.2): is there a landing zone, how many SCP
 * slots each of airgap's targets has left once airgap's SCPs are attached, and a warning that
 * Control Tower's AWS Backup baseline may back up the same resources a second time.
 */
final class ControlTowerCheck {
  /**
   * SCPs attached directly per root, OU or account since 2026-05-15 (was 5). Source: AWS's
   * announcement as quoted by AWS's Landing Zone Accelerator maintainers; the Organizations quotas
   * page we could read still says 5 (docs/aws-facts.md §6.1).
   */
  static final int SCP_LIMIT = 10;

  static final int OLD_SCP_LIMIT = 5;
  static final String GUARDRAIL_PREFIX = "aws-guardrails-";

  /** Control Tower's baseline stack sets in the management account (docs/aws-facts.md §21.1). */
  static final String BASELINE_STACK_SET_PREFIX = "AWSControlTowerBP-";

  static final String EXECUTION_ROLE = "AWSControlTowerExecution";

  private ControlTowerCheck() {}

  static List<Check> check(
      Governance governance, DeployInput input, Collection<String> centralAccounts) {
    Collection<String> templates = input.templates().values();
    Map<String, Set<String>> airgapScps = AirgapPolicies.byTarget(templates, AirgapPolicies.SCP);
    Set<String> targets = new TreeSet<>(airgapScps.keySet());
    targets.addAll(centralAccounts);

    List<Check> slots = new ArrayList<>();
    Set<String> guardrails = new TreeSet<>();
    for (String target : targets) {
      String title = "SCP slots on " + target;
      List<Governance.Policy> attached;
      try {
        attached = governance.policiesFor(target, AirgapPolicies.SCP);
      } catch (CloudCallException e) {
        slots.add(Doctor.notChecked(title, e));
        continue;
      }
      Set<String> names = new TreeSet<>();
      attached.forEach(p -> names.add(p.name()));
      names.stream().filter(n -> n.startsWith(GUARDRAIL_PREFIX)).forEach(guardrails::add);
      Set<String> adds = new TreeSet<>(airgapScps.getOrDefault(target, Set.of()));
      adds.removeAll(names);
      slots.add(slotCheck(title, names, airgapScps.getOrDefault(target, Set.of()), adds));
    }

    List<Check> checks = new ArrayList<>();
    String landingZone = "";
    CloudCallException lzError = null;
    try {
      landingZone = String.join(", ", governance.landingZones());
    } catch (CloudCallException e) {
      lzError = e;
    }
    List<String> baseline = new ArrayList<>();
    CloudCallException stackSetError = null;
    try {
      governance.selfManagedStackSets().stream()
          .filter(n -> n.startsWith(BASELINE_STACK_SET_PREFIX))
          .sorted()
          .forEach(baseline::add);
    } catch (CloudCallException e) {
      stackSetError = e;
    }
    List<String> evidence = new ArrayList<>();
    if (!landingZone.isEmpty()) {
      evidence.add("landing zone " + landingZone);
    }
    if (!guardrails.isEmpty()) {
      evidence.add("guardrail SCPs on airgap's targets: " + String.join(", ", guardrails));
    }
    if (!baseline.isEmpty()) {
      evidence.add("baseline stack sets: " + String.join(", ", baseline));
    }
    boolean detected = !evidence.isEmpty();
    String title = "AWS Control Tower";
    if (detected) {
      checks.add(Doctor.pass(title, "detected: " + String.join("; ", evidence)));
    } else if (lzError != null) {
      checks.add(Doctor.notChecked(title, lzError));
    } else {
      checks.add(
          Doctor.pass(
              title,
              "not detected (no landing zone, no "
                  + GUARDRAIL_PREFIX
                  + "* SCP on airgap's targets)"));
    }
    checks.addAll(slots);
    if (detected) {
      checks.add(executionRole(baseline, stackSetError, centralAccounts, templates));
      checks.add(backupBaseline(governance, templates));
    }
    return checks;
  }

  /**
   * Control Tower reaches every enrolled account through {@code AWSControlTowerExecution}, an
   * administrator role the management account may assume (docs/aws-facts.md §21.1). airgap's SCPs
   * exempt it only with {@code deploy.cfct}, and then for configuration only, as they exempt the
   * StackSets role otherwise; who can use it at all is the proof's "management account" position,
   * an assumption (docs/threat-model.md).
   */
  private static Check executionRole(
      List<String> baseline,
      CloudCallException error,
      Collection<String> centralAccounts,
      Collection<String> templates) {
    String title = "Control Tower's " + EXECUTION_ROLE + " role and airgap's SCPs";
    if (baseline.isEmpty() && error != null) {
      return Doctor.notChecked(title, error);
    }
    String where =
        baseline.isEmpty()
            ? "in every enrolled account"
            : "in every enrolled account ("
                + baseline.size()
                + " baseline stack sets deploy with it)";
    String central =
        centralAccounts.isEmpty()
            ? ""
            : ", the central account "
                + String.join(", ", new TreeSet<>(centralAccounts))
                + " included if enrolled";
    // With deploy.cfct the templates name it: CfCT deploys airgap's stack sets as this role.
    boolean viaCfct = templates.stream().anyMatch(t -> t.contains(":role/" + EXECUTION_ROLE));
    return Doctor.pass(
        title,
        where
            + central
            + (viaCfct
                ? "; airgap's SCPs exempt it for configuration only (deploy.cfct: CfCT deploys"
                    + " airgap's stack sets as it)"
                : "; not exempt from airgap's SCPs, so Control Tower cannot change airgap's vaults"
                    + " or keys")
            + "; the management account's use of it is the proof's management-account"
            + " assumption");
  }

  private static Check slotCheck(
      String title, Set<String> attached, Set<String> airgap, Set<String> adds) {
    int used = attached.size() + adds.size();
    String detail =
        attached.size()
            + " attached ("
            + String.join(", ", attached)
            + ")"
            + (airgap.isEmpty()
                ? ""
                : adds.isEmpty()
                    ? ", airgap's " + String.join(", ", airgap) + " among them"
                    : ", airgap adds " + String.join(", ", adds))
            + ": "
            + used
            + " of "
            + SCP_LIMIT
            + ", "
            + Math.max(0, SCP_LIMIT - used)
            + " left";
    if (used > SCP_LIMIT) {
      return Doctor.fail(
          title,
          detail,
          "detach or merge SCPs on this target (aws organizations list-policies-for-target"
              + " --target-id <id> --filter SERVICE_CONTROL_POLICY), or attach one of them to a"
              + " parent OU instead");
    }
    if (used > OLD_SCP_LIMIT) {
      detail +=
          " (more than "
              + OLD_SCP_LIMIT
              + ": relies on the limit of "
              + SCP_LIMIT
              + " announced for 2026-05-15, which the Organizations quotas page we read did not"
              + " yet show; docs/aws-facts.md §6.1)";
    }
    return Doctor.pass(title, detail);
  }

  /**
   * Control Tower's AWS Backup integration creates aws-controltower-* vaults and its own backup
   * plans (docs/aws-facts.md §6.7); an account governed by both gets two backup plans for the same
   * resources, doubling storage cost. Which resources Control Tower's plans select cannot be read
   * from the management account, hence a warning, not a failure.
   */
  private static Check backupBaseline(Governance governance, Collection<String> templates) {
    String title = "Control Tower backup baseline may double-back up airgap's resources";
    Map<String, Set<String>> airgapBackup =
        AirgapPolicies.byTarget(templates, AirgapPolicies.BACKUP);
    Map<String, List<String>> foreign = new TreeMap<>();
    for (Map.Entry<String, Set<String>> e : airgapBackup.entrySet()) {
      try {
        for (Governance.Policy p : governance.policiesFor(e.getKey(), AirgapPolicies.BACKUP)) {
          if (!e.getValue().contains(p.name())
              && p.name().toLowerCase(Locale.ROOT).contains("controltower")) {
            foreign.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(p.name());
          }
        }
      } catch (CloudCallException ex) {
        return Doctor.notChecked(title, ex);
      }
    }
    String found =
        foreign.isEmpty()
            ? "no Control Tower backup policy attached directly to airgap's backup-policy targets"
            : "Control Tower backup policies on airgap's targets: "
                + String.join(
                    "; ",
                    foreign.entrySet().stream()
                        .map(e -> e.getKey() + " " + String.join(", ", e.getValue()))
                        .toList());
    return Doctor.warn(
        title,
        found
            + "; if the landing zone's AWS Backup integration is on, its aws-controltower-* vaults"
            + " and plans may back up the same resources as airgap's plans",
        "compare: aws controltower get-landing-zone --landing-zone-identifier <arn>"
            + " (manifest backup section) and aws organizations describe-effective-policy"
            + " --policy-type BACKUP_POLICY --target-id <member-account>; keep one plan per"
            + " resource");
  }
}
