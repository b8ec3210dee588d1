package dev.airgap.generator;

import dev.airgap.generator.units.Names;
import dev.airgap.model.AirGapModel;
import dev.airgap.model.BackupPlan;
import dev.airgap.model.VaultKind;
import java.util.List;
import java.util.TreeSet;

/** {@code architecture.md}: a Mermaid picture of accounts, vaults, copy flows, SCP and alerts, from the model. */
public final class ArchitectureDoc {
  private ArchitectureDoc() {}

  public static String render(AirGapModel model) {
    var central = model.central();
    boolean lag = central.vault().kind() == VaultKind.LOGICALLY_AIR_GAPPED;
    List<String> centralRegions = List.copyOf(new TreeSet<>(central.regions()));
    List<String> memberRegions = List.copyOf(new TreeSet<>(model.members().regions()));
    StringBuilder md = new StringBuilder();
    md.append("# airgap architecture\n\n");
    md.append("Generated from airgap.yaml; do not edit. Organization `").append(model.organization().id())
        .append("`, partition `").append(model.organization().partition().yamlName()).append("`.\n\n");
    md.append("```mermaid\nflowchart LR\n");
    md.append("  subgraph mgmt[\"management account ").append(model.organization().managementAccount()).append("\"]\n");
    md.append("    scp[\"SCP ").append(Names.stackName(model, "protect-central-vault")).append(" (")
        .append(model.protection().scp().mode().yamlName()).append(")\"]\n");
    md.append("    bp[\"backup policy: ").append(String.join(", ", model.plans().keySet())).append("\"]\n");
    md.append("  end\n");
    md.append("  subgraph members[\"member accounts: ")
        .append(String.join(", ", new TreeSet<>(model.members().targets().organizationalUnits()))).append("\"]\n");
    for (String region : memberRegions) {
      String id = "mv_" + nodeId(region);
      md.append("    ").append(id).append("[(\"").append(model.members().vault().name()).append(" ").append(region)
          .append("\")]\n");
    }
    md.append("  end\n");
    md.append("  subgraph central[\"central account ").append(central.account()).append("\"]\n");
    for (String region : centralRegions) {
      String id = "cv_" + nodeId(region);
      md.append("    ").append(id).append("[(\"").append(central.vault().name()).append(" ").append(region)
          .append(lag ? " logically air-gapped" : " " + central.vault().lock().mode().yamlName() + " lock")
          .append("\")]\n");
      md.append("    al_").append(nodeId(region)).append("[\"tamper rule + topic ").append(region).append("\"]\n");
    }
    md.append("  end\n");
    for (String region : memberRegions) {
      String target = centralRegions.contains(region) ? region : centralRegions.get(0);
      boolean copies = model.plans().values().stream().map(BackupPlan::copyToCentral).anyMatch(c -> c.isPresent());
      if (copies) {
        md.append("  mv_").append(nodeId(region)).append(" -- \"copy (CopyIntoBackupVault, org only)\" --> cv_")
            .append(nodeId(target)).append("\n");
      }
    }
    md.append("  bp -. \"attached to member targets\" .-> members\n");
    md.append("  scp -. \"denies destructive backup actions to non-admins\" .-> central\n");
    md.append("  scp -. attached .-> members\n");
    for (String region : centralRegions) {
      md.append("  cv_").append(nodeId(region)).append(" -- \"CloudTrail events, job notifications\" --> al_")
          .append(nodeId(region)).append("\n");
    }
    md.append("  emails[\"").append(String.join(", ", new TreeSet<>(central.alerts().emails()))).append("\"]\n");
    for (String region : centralRegions) {
      md.append("  al_").append(nodeId(region)).append(" --> emails\n");
    }
    if (lag && !central.recoveryAccounts().isEmpty()) {
      md.append("  recovery[\"recovery accounts ").append(String.join(", ", new TreeSet<>(central.recoveryAccounts())))
          .append("\"]\n");
      for (String region : centralRegions) {
        md.append("  cv_").append(nodeId(region)).append(" -- \"RAM share\" --> recovery\n");
      }
    }
    md.append("```\n\n");
    if (lag) {
      md.append("The logically air-gapped vault is the central vault: the `").append(Names.CENTRAL_VAULT)
          .append("` stack set creates it (and its RAM share) in place of a standard vault, so the backup policy,")
          .append(" the SCP and the alerts name one vault.\n\n");
    }
    md.append("Admins exempt from the vault policy, the SCP and the tamper alerts:\n\n");
    new TreeSet<>(central.admins()).forEach(a -> md.append("- `").append(a).append("`\n"));
    md.append("\nExempt from the vault policy and the SCP only, so that deploys can update what they manage"
        + " (the tamper alerts still report them): the StackSet execution role `")
        .append(dev.airgap.generator.units.Names.executionRoleName(model)).append("` of the central account")
        .append(model.deploy().roleArn().map(r -> " and the deploy role `" + r + "`").orElse(""))
        .append(".\n");
    return md.toString();
  }

  private static String nodeId(String region) {
    return region.replaceAll("[^A-Za-z0-9]", "_");
  }
}
