package dev.airgap.maven.init;

import dev.airgap.model.validate.rules.UnmadeChoice;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Writes the {@code airgap.yaml} of a new config repository: the given answers, else what discovery
 * found or the patterns picked (each with a comment that says so), else a {@code TODO} placeholder
 * that AG1090 reports until the user replaces it. The organization tree goes in as comments so the
 * ids are at hand while choosing.
 */
final class ModelText {
  private ModelText() {}

  static final String TODO = UnmadeChoice.MARKER + " ";

  static String render(InitRequest request, Optional<DiscoveredOrganization> org) {
    InitRequest.Answers a = request.answers();
    StringBuilder y = new StringBuilder();
    y.append("# yaml-language-server: $schema=").append(ConfigRepo.SCHEMA_PATH).append('\n');
    y.append("# Written by airgap:init ").append(request.pluginVersion()).append(".\n");
    y.append("# A value that starts with TODO is a choice only you can make: airgap:validate\n");
    y.append("# reports each one (AG1090) until you replace it. Fields: docs/model.md.\n");
    org.ifPresent(o -> tree(y, o));
    y.append('\n');

    y.append("organization:\n");
    Optional<String> orgId = a.organizationId().or(() -> org.map(DiscoveredOrganization::id));
    comment(y, "  ", a.organizationId().isEmpty() && org.isPresent(), "DescribeOrganization");
    y.append("  id: ").append(value(orgId, "organization id, o-xxxxxxxxxx")).append('\n');
    Optional<String> management =
        a.managementAccount().or(() -> org.map(DiscoveredOrganization::managementAccountId));
    comment(y, "  ", a.managementAccount().isEmpty() && org.isPresent(), "DescribeOrganization");
    y.append("  managementAccount: ")
        .append(value(management, "management account id, 12 digits"))
        .append("\n\n");

    var pick =
        org.map(o -> Proposals.centralAccount(o, request.centralAccountPattern()))
            .orElse(new Proposals.Pick<>(Optional.empty(), List.of(), ""));
    Optional<String> central =
        a.centralAccount().or(() -> pick.chosen().map(p -> p.account().id()));
    Optional<String> centralOu =
        a.centralOrganizationalUnit()
            .or(() -> central.flatMap(c -> org.flatMap(o -> o.parentOf(c))).map(n -> n.id()))
            .filter(ou -> !ou.startsWith("r-"));
    y.append("central:\n");
    y.append("  # The account that holds the central vault: dedicated to backups, no workloads.\n");
    if (a.centralAccount().isEmpty()) {
      pick.chosen()
          .ifPresent(
              p ->
                  y.append("  # ")
                      .append(pick.how())
                      .append(": '")
                      .append(clean(p.account().name()))
                      .append("'\n"));
      if (pick.chosen().isEmpty() && !pick.candidates().isEmpty()) {
        y.append("  # ").append(pick.how()).append(" for several accounts: ");
        y.append(
            pick.candidates().stream()
                .map(p -> p.account().id() + " '" + clean(p.account().name()) + "'")
                .collect(Collectors.joining(", ")));
        y.append('\n');
      }
    }
    y.append("  account: ").append(value(central, "central backup account id")).append('\n');
    y.append("  # The OU that holds the central account; the central stack sets target it.\n");
    y.append("  organizationalUnit: ")
        .append(value(centralOu, "OU id of the central account, ou-..."))
        .append('\n');
    y.append("  regions: ").append(list(a.regions(), "regions of the central vault")).append('\n');
    y.append("  vault:\n");
    y.append("    name: airgap-central\n");
    y.append("    lock:\n");
    y.append(
        "      # governance: the admins can still remove the lock (AG2023 warns). compliance\n");
    y.append(
        "      # cannot be undone after changeableForDays; switch once the setup is proven.\n");
    y.append("      mode: governance\n");
    y.append("      minRetentionDays: 7\n");
    y.append("      maxRetentionDays: 365\n");
    y.append(
        "  # Principals exempt from the denies: who may manage the central vault. Keep it short.\n");
    y.append("  admins: ")
        .append(
            list(
                a.admins(),
                "vault admin role ARN, arn:aws:iam::"
                    + central.orElse("<central account>")
                    + ":role/<name>"))
        .append('\n');
    y.append("  alerts:\n");
    y.append("    email: ").append(list(a.alertEmails(), "who gets tamper alerts")).append("\n\n");

    y.append("members:\n");
    y.append("  targets:\n");
    y.append("    # OUs whose accounts are backed up and copy into the central vault.\n");
    List<String> members = new ArrayList<>(a.memberOrganizationalUnits());
    if (members.isEmpty() && org.isPresent()) {
      List<DiscoveredOrganization.Node> ous =
          Proposals.memberOus(org.get(), request.memberOuPattern(), centralOu);
      if (!ous.isEmpty()) {
        y.append("    # memberOuPattern '")
            .append(request.memberOuPattern().get().pattern())
            .append("' matches: ")
            .append(ous.stream().map(n -> clean(n.name())).collect(Collectors.joining(", ")))
            .append('\n');
        ous.forEach(n -> members.add(n.id()));
      }
    }
    y.append("    organizationalUnits: ")
        .append(list(members, "member OU ids, ou-..."))
        .append('\n');
    y.append("  regions: ").append(list(a.regions(), "regions of the members")).append("\n\n");

    y.append("plans:\n");
    y.append("  daily:\n");
    y.append("    schedule: cron(0 5 ? * * *)\n");
    y.append("    localRetentionDays: 14\n");
    y.append("    copyToCentral:\n");
    y.append("      retentionDays: 35\n");
    return y.toString();
  }

  private static void tree(StringBuilder y, DiscoveredOrganization o) {
    y.append("#\n# Organization ").append(o.id()).append(" as discovered (read calls only):\n");
    node(y, o.root(), "#   ");
  }

  private static void node(StringBuilder y, DiscoveredOrganization.Node n, String indent) {
    y.append(indent).append(clean(n.name())).append("  ").append(n.id()).append('\n');
    for (var account : n.accounts()) {
      y.append(indent)
          .append("  - ")
          .append(account.id())
          .append("  ")
          .append(clean(account.name()))
          .append("ACTIVE".equals(account.status()) ? "" : "  (" + account.status() + ")")
          .append('\n');
    }
    for (var child : n.children()) {
      node(y, child, indent + "  ");
    }
  }

  private static void comment(StringBuilder y, String indent, boolean discovered, String call) {
    if (discovered) {
      y.append(indent).append("# discovered: ").append(call).append('\n');
    }
  }

  private static String value(Optional<String> v, String todo) {
    return quote(v.orElse(TODO + todo));
  }

  private static String list(List<String> values, String todo) {
    List<String> shown = values.isEmpty() ? List.of(TODO + todo) : values;
    return shown.stream().map(ModelText::quote).collect(Collectors.joining(", ", "[", "]"));
  }

  /** Names go into comments: a line break in one would end the comment. */
  private static String clean(String name) {
    return name.replaceAll("\\p{Cntrl}", " ");
  }

  static String quote(String s) {
    return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
