package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.validate.AwsFormats;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;
import java.util.Map;

/**
 * AG2092: each CfCT path entry maps an OU id to OU names: {@code Name} or {@code Parent:Child}, no
 * empty level, no id where a name belongs.
 */
public final class CfctOrganizationalUnitPathShape implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG2092",
          Severity.ERROR,
          "CfCT paths map OU ids to OU names",
          "CfCT resolves a path level by level by OU name from the root, with ':' between levels"
              + " (AWS Control Tower User Guide, Nested OU); an OU id or an empty level never matches a"
              + " name, and CfCT drops what it cannot find without an error (docs/aws-facts.md §21.2).",
          "Write ou-<id>: <Name>[:<Child>...], for example ou-ab12-workload1: Workloads:Prod.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    if (model.deploy().cfct().isEmpty() || !context.isUsable(CfctOrganizationalUnitPathMissing.P)) {
      return;
    }
    for (Map.Entry<String, String> e :
        model.deploy().cfct().get().organizationalUnitPaths().entrySet()) {
      String pointer = CfctOrganizationalUnitPathMissing.P + "/" + e.getKey();
      if (!context.isUsable(pointer)) {
        continue;
      }
      if (!AwsFormats.OU_ID.matcher(e.getKey()).matches()) {
        context.report(
            pointer,
            "'" + e.getKey() + "' is not an OU id (ou-xxxx-xxxxxxxx)",
            "key each path by the OU id the model targets");
        continue;
      }
      String path = e.getValue();
      for (String level : path.split(":", -1)) {
        if (level.isBlank() || !level.equals(level.strip())) {
          context.report(
              pointer,
              "'" + path + "' has an empty level or spaces around a level name",
              "write the OU names from the root separated by ':' without spaces around them");
          break;
        }
        if (AwsFormats.OU_ID.matcher(level).matches()
            || AwsFormats.ROOT_ID.matcher(level).matches()) {
          context.report(
              pointer,
              "'" + path + "' holds the id '" + level + "' where CfCT expects an OU name",
              "use the OU's name as shown by aws organizations describe-organizational-unit");
          break;
        }
      }
    }
  }
}
