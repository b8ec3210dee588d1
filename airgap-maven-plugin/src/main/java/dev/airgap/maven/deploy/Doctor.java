package dev.airgap.maven.deploy;

import dev.airgap.generator.facts.ServiceAccess;
import dev.airgap.generator.manifest.DeploymentUnit;
import dev.airgap.generator.units.CentralVaultUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The organization prerequisites (facts §10) as a checklist. A check that the endpoint cannot
 * answer (emulator without that API, or missing permission) is reported as not checked, never as
 * passed.
 */
public final class Doctor {
  static final String STACKSETS_PRINCIPAL = "member.org.stacksets.cloudformation.amazonaws.com";

  /** ✓, ✗ or ? (not checked). */
  public enum Mark {
    PASS("✓"),
    FAIL("✗"),
    NOT_CHECKED("?"),
    /** Needs a human look; does not fail the goal. */
    WARN("!");

    private final String symbol;

    Mark(String symbol) {
      this.symbol = symbol;
    }

    public String symbol() {
      return symbol;
    }
  }

  /**
   * @param fix the exact command or edit that fixes a ✗; empty otherwise
   */
  public record Check(Mark mark, String title, String detail, String fix) {}

  /** The checklist in a fixed order. */
  public record Report(List<Check> checks) {
    public Report {
      checks = List.copyOf(checks);
    }

    public boolean hasFailures() {
      return checks.stream().anyMatch(c -> c.mark() == Mark.FAIL);
    }

    public String render() {
      StringBuilder out = new StringBuilder();
      int pass = 0;
      int fail = 0;
      int unknown = 0;
      int warnings = 0;
      for (Check c : checks) {
        out.append(c.mark().symbol()).append(' ').append(c.title());
        if (!c.detail().isEmpty()) {
          out.append(" - ").append(c.detail());
        }
        out.append('\n');
        if (!c.fix().isEmpty()) {
          out.append("    fix: ").append(c.fix()).append('\n');
        }
        switch (c.mark()) {
          case PASS -> pass++;
          case FAIL -> fail++;
          case NOT_CHECKED -> unknown++;
          case WARN -> warnings++;
        }
      }
      out.append("doctor: ")
          .append(pass)
          .append(" passed, ")
          .append(fail)
          .append(" failed, ")
          .append(unknown)
          .append(" not checked")
          .append(warnings == 0 ? "" : ", " + warnings + " warning(s)")
          .append('\n');
      return out.toString();
    }
  }

  private final StackSets stackSets;
  private final Organization organization;
  private final Optional<Governance> governance;

  /** Without the CloudTrail and Control Tower checks. */
  public Doctor(StackSets stackSets, Organization organization) {
    this(stackSets, organization, Optional.empty());
  }

  public Doctor(StackSets stackSets, Organization organization, Optional<Governance> governance) {
    this.stackSets = stackSets;
    this.organization = organization;
    this.governance = governance;
  }

  public Report check(DeployInput input) {
    List<Check> checks = new ArrayList<>();
    CallAs callAs = input.callAs();
    String wantedOrg = input.manifest().organizationId();
    String management = input.manifest().managementAccount();

    // facts §10 #1 and #2
    Optional<Organization.Description> org = Optional.empty();
    try {
      org = Optional.of(organization.describe());
    } catch (CloudCallException e) {
      checks.add(
          e.kind() == CloudCallException.Kind.NOT_FOUND
              ? fail(
                  "organization " + wantedOrg + " exists",
                  "the caller's account is not in an organization (" + e.errorCode() + ")",
                  "run with credentials of the management account of "
                      + wantedOrg
                      + ", or create one: aws organizations create-organization --feature-set ALL")
              : notChecked("organization can be described", e));
    }
    String caller = "";
    try {
      caller = organization.callerAccount();
    } catch (CloudCallException e) {
      checks.add(notChecked("caller identity", e));
    }
    if (org.isPresent()) {
      Organization.Description d = org.get();
      checks.add(
          d.id().equals(wantedOrg)
              ? pass("organization is " + wantedOrg, "")
              : fail(
                  "organization is " + wantedOrg,
                  "the credentials reach organization " + d.id(),
                  "set organization.id in airgap.yaml to "
                      + d.id()
                      + " (or use credentials of "
                      + wantedOrg
                      + "), then run airgap:generate"));
      checks.add(
          d.featureSet().equals("ALL")
              ? pass("all features enabled", "FeatureSet ALL")
              : fail(
                  "all features enabled",
                  "FeatureSet " + d.featureSet(),
                  "aws organizations enable-all-features (from the management account; every member account must accept the handshake)"));
      checks.add(
          d.managementAccountId().equals(management)
              ? pass("management account is " + management, "")
              : fail(
                  "management account is " + management,
                  "the organization's management account is " + d.managementAccountId(),
                  "set organization.managementAccount in airgap.yaml to \""
                      + d.managementAccountId()
                      + "\", then run airgap:generate"));
      if (!caller.isEmpty() && callAs == CallAs.SELF) {
        checks.add(
            caller.equals(d.managementAccountId())
                ? pass("caller " + caller + " is the management account", "CallAs SELF")
                : fail(
                    "caller " + caller + " is the management account",
                    "CallAs SELF needs management-account credentials",
                    "run with credentials of account "
                        + d.managementAccountId()
                        + ", or set organization.deployFrom: delegated-admin in airgap.yaml"));
      }
    }

    // facts §10 #3, §8.7: StackSets trusted access
    try {
      String access = stackSets.organizationsAccess(callAs);
      checks.add(
          access.equals("ENABLED")
              ? pass("trusted access for StackSets", "DescribeOrganizationsAccess ENABLED")
              : fail(
                  "trusted access for StackSets",
                  "DescribeOrganizationsAccess " + access,
                  "aws cloudformation activate-organizations-access (from the management account)"));
    } catch (CloudCallException e) {
      checks.add(notChecked("trusted access for StackSets", e));
    }

    // facts §10 #4: the access the templates' resources need, from the resource-facts table.
    Set<ServiceAccess> needed = ServiceAccess.neededBy(input.templates().values());
    if (!needed.isEmpty()) {
      try {
        Set<String> trusted = new TreeSet<>(organization.trustedServicePrincipals());
        for (ServiceAccess access : needed) {
          String title = "trusted access for " + access.service() + access.reason();
          checks.add(
              trusted.contains(access.principal())
                  ? pass(title, access.principal())
                  : fail(title, access.principal() + " is not enabled", access.enable()));
        }
      } catch (CloudCallException e) {
        checks.add(
            notChecked(
                "trusted access for "
                    + String.join(" and ", needed.stream().map(ServiceAccess::service).toList()),
                e));
      }
    }

    // facts §10 #5
    List<Organization.Root> roots = List.of();
    try {
      roots = organization.roots();
      for (Organization.Root root : roots) {
        for (String type : List.of("SERVICE_CONTROL_POLICY", "BACKUP_POLICY")) {
          String status = root.policyTypes().getOrDefault(type, "DISABLED");
          checks.add(
              status.equals("ENABLED")
                  ? pass(type + " enabled on root " + root.id(), "")
                  : fail(
                      type + " enabled on root " + root.id(),
                      status,
                      "aws organizations enable-policy-type --root-id "
                          + root.id()
                          + " --policy-type "
                          + type));
        }
      }
    } catch (CloudCallException e) {
      checks.add(notChecked("policy types enabled on the root", e));
    }

    // facts §10 #2/#7: delegated admin
    if (callAs == CallAs.DELEGATED_ADMIN) {
      String who = caller.isEmpty() ? "<this account>" : caller;
      try {
        List<String> admins = organization.delegatedAdministrators(STACKSETS_PRINCIPAL);
        checks.add(
            admins.contains(caller)
                ? pass("delegated admin " + who + " registered for StackSets", "")
                : fail(
                    "delegated admin " + who + " registered for StackSets",
                    "registered: " + admins,
                    "aws organizations register-delegated-administrator --account-id "
                        + who
                        + " --service-principal "
                        + STACKSETS_PRINCIPAL
                        + " (from the management account)"));
      } catch (CloudCallException e) {
        checks.add(notChecked("delegated admin " + who + " registered for StackSets", e));
      }
    }

    // The manifest's OUs and accounts exist; which accounts each OU target reaches.
    Set<String> ous = new TreeSet<>();
    Set<String> accounts = new TreeSet<>();
    List<String> centralAccounts = new ArrayList<>();
    boolean centralIsStackSet = false;
    for (DeploymentUnit u : input.manifest().units()) {
      ous.addAll(u.targets().organizationalUnits());
      if (u.kind() == DeploymentUnit.UnitKind.STACK_SET) {
        accounts.addAll(u.targets().accounts());
      }
      if (u.id().equals(CentralVaultUnit.ID.value())) {
        centralAccounts.addAll(u.targets().accounts());
        centralIsStackSet = u.kind() == DeploymentUnit.UnitKind.STACK_SET;
      }
    }
    for (String ou : ous) {
      checks.add(checkOu(ou, roots, management));
    }
    for (String account : centralAccounts) {
      checks.add(
          checkAccount("central account " + account + " belongs to the organization", account));
      if (centralIsStackSet && account.equals(management)) {
        checks.add(
            fail(
                "central account is not the management account",
                account,
                "choose another central account in airgap.yaml (central.account): service-managed stack sets never reach the"
                    + " management account (facts §8.3)"));
      }
    }
    for (String account : accounts) {
      if (!centralAccounts.contains(account)) {
        checks.add(checkAccount("account " + account + " belongs to the organization", account));
      }
    }
    if (governance.isPresent()) {
      // facts §10 #10 and #11, §14
      checks.addAll(OrgTrailCheck.check(governance.get(), input));
      checks.addAll(ControlTowerCheck.check(governance.get(), input, centralAccounts));
      checks.addAll(ConfigRecordingCheck.check(governance.get(), input, caller));
    }
    return new Report(checks);
  }

  private Check checkOu(String ou, List<Organization.Root> roots, String management) {
    String title = "target " + ou + " exists";
    try {
      Optional<String> name =
          ou.startsWith("r-")
              ? roots.stream().filter(r -> r.id().equals(ou)).map(r -> "root").findFirst()
              : organization.organizationalUnitName(ou);
      if (name.isEmpty()) {
        return fail(
            title,
            "not found in the organization",
            "correct the OU id in airgap.yaml (members.targets.organizationalUnits or central.organizationalUnit), then run airgap:generate");
      }
      List<String> reached =
          organization.accountsUnder(ou).stream()
              .filter(a -> a.status().equals("ACTIVE"))
              .map(Organization.Account::id)
              .filter(a -> !a.equals(management))
              .sorted()
              .toList();
      return pass(
          title,
          name.get()
              + ", reaches "
              + reached.size()
              + " active account(s)"
              + (reached.isEmpty() ? "" : ": " + String.join(", ", reached)));
    } catch (CloudCallException e) {
      return notChecked(title, e);
    }
  }

  private Check checkAccount(String title, String account) {
    try {
      Optional<Organization.Account> a = organization.account(account);
      if (a.isEmpty()) {
        return fail(
            title,
            "not in the organization",
            "invite it (aws organizations invite-account-to-organization --target Id="
                + account
                + ",Type=ACCOUNT) or correct the account id in airgap.yaml");
      }
      return a.get().status().equals("ACTIVE")
          ? pass(title, a.get().name() + ", ACTIVE")
          : fail(
              title,
              a.get().status() + " (StackSets skip it: SKIPPED_SUSPENDED_ACCOUNT, facts §10 #13)",
              "reactivate the account or remove it from airgap.yaml");
    } catch (CloudCallException e) {
      return notChecked(title, e);
    }
  }

  static Check pass(String title, String detail) {
    return new Check(Mark.PASS, title, detail, "");
  }

  static Check fail(String title, String detail, String fix) {
    return new Check(Mark.FAIL, title, detail, fix);
  }

  static Check warn(String title, String detail, String fix) {
    return new Check(Mark.WARN, title, detail, fix);
  }

  static Check notChecked(String title, CloudCallException e) {
    return new Check(
        Mark.NOT_CHECKED,
        title,
        "not checked (emulator/permission): " + e.operation() + " answered " + e.errorCode(),
        "");
  }
}
