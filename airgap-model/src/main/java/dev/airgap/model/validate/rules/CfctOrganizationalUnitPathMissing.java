package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.Cfct;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * AG2091: with CfCT, every OU airgap's stack sets target has a CfCT path, because CfCT looks OUs up
 * by name and silently skips one it cannot find.
 */
public final class CfctOrganizationalUnitPathMissing implements Rule {
  static final String P = "/deploy/cfct/organizationalUnitPaths";

  private static final RuleInfo INFO =
      new RuleInfo(
          "AG2091",
          Severity.ERROR,
          "Every OU airgap targets has a CfCT path",
          "CfCT's manifest names OUs by name (nested as Parent:Child), not by id; an entry it cannot"
              + " find is logged \"not found, ignoring\" and dropped, so a member OU without its path"
              + " would get no member vault, role or key and its backups would fail in silence"
              + " (docs/aws-facts.md §21.2).",
          "Add the OU id with its path from the root, e.g. ou-ab12-workload1: Workloads:Prod.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    if (model.deploy().cfct().isEmpty() || !context.isUsable("/deploy/cfct")) {
      return;
    }
    Cfct cfct = model.deploy().cfct().get();
    List<String> targeted = new ArrayList<>();
    model.central().organizationalUnit().ifPresent(targeted::add);
    targeted.addAll(model.members().targets().organizationalUnits());
    List<String> missing =
        new ArrayList<>(
            new TreeSet<>(
                targeted.stream()
                    .filter(ou -> !cfct.organizationalUnitPaths().containsKey(ou))
                    .toList()));
    if (!missing.isEmpty()) {
      String at =
          context.isUsable(P) && !cfct.organizationalUnitPaths().isEmpty() ? P : "/deploy/cfct";
      context.report(
          at,
          "no CfCT path for "
              + String.join(", ", missing)
              + ": CfCT would skip "
              + (missing.size() == 1 ? "it" : "them")
              + " without an error",
          "add each as <ou-id>: <Name>[:<Child>...], the OU's names from the root");
    }
  }
}
