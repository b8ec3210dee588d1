package dev.airgap.generator;

import dev.airgap.generator.ArchitecturePicture.Area;
import dev.airgap.generator.units.Names;
import dev.airgap.generator.units.Unit;
import dev.airgap.generator.units.UnitCatalog;
import dev.airgap.generator.units.UnitId;
import dev.airgap.model.AirGapModel;
import java.util.List;
import java.util.TreeSet;

/**
 * {@code architecture.md}: a Mermaid picture of accounts, vaults, copy flows, SCP and alerts, from
 * the model. The frame (accounts, admins) is drawn here; each unit in {@link UnitCatalog} adds what
 * it deploys.
 */
public final class ArchitectureDoc {
  private ArchitectureDoc() {}

  /** The picture of the model with the given templates (their ids name the stacks). */
  public static String render(AirGapModel model, List<GeneratedTemplate> templates) {
    ArchitecturePicture picture = new ArchitecturePicture();
    for (Unit unit : UnitCatalog.UNITS) {
      List<UnitId> rendered =
          templates.stream().map(GeneratedTemplate::unitId).filter(unit::owns).toList();
      unit.picture(model, rendered, picture);
    }
    var central = model.central();
    StringBuilder md = new StringBuilder();
    md.append("# airgap architecture\n\n");
    md.append("Generated from airgap.yaml; do not edit. Organization `")
        .append(model.organization().id())
        .append("`, partition `")
        .append(model.organization().partition().yamlName())
        .append("`.\n\n");
    md.append("```mermaid\nflowchart LR\n");
    subgraph(
        md,
        "mgmt",
        "management account " + model.organization().managementAccount(),
        picture.texts(Area.MANAGEMENT_ACCOUNT));
    subgraph(
        md,
        "members",
        "member accounts: "
            + String.join(", ", new TreeSet<>(model.members().targets().organizationalUnits())),
        picture.texts(Area.MEMBER_ACCOUNTS));
    subgraph(
        md, "central", "central account " + central.account(), picture.texts(Area.CENTRAL_ACCOUNT));
    picture.texts(Area.CONNECTIONS).forEach(line -> md.append("  ").append(line).append("\n"));
    md.append("```\n\n");
    picture.texts(Area.NOTES).forEach(note -> md.append(note).append("\n\n"));
    md.append(
        "The only principals who may delete, shorten, copy out, restore, unlock or unshare the backups"
            + " (the tamper alerts report them too):\n\n");
    new TreeSet<>(central.admins()).forEach(a -> md.append("- `").append(a).append("`\n"));
    md.append(
            "\nMay only update the configuration airgap deploys (vault access policy, notifications, lock settings,"
                + " key policy), and are reported like anyone else: the StackSet execution role `")
        .append(Names.executionRoleName(model))
        .append("` of the central account")
        .append(model.deploy().roleArn().map(r -> " and the deploy role `" + r + "`").orElse(""))
        .append(
            ". Nobody but the admins may create or change a role with any of these names"
                + " (docs/threat-model.md).\n");
    return md.toString();
  }

  private static void subgraph(StringBuilder md, String id, String label, List<String> lines) {
    md.append("  subgraph ").append(id).append("[\"").append(label).append("\"]\n");
    lines.forEach(line -> md.append("    ").append(line).append("\n"));
    md.append("  end\n");
  }
}
