package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.Partition;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG2094: the CfCT home Region is a Region of the organization's partition. */
public final class CfctHomeRegion implements Rule {
  private static final String P = "/deploy/cfct/homeRegion";

  private static final RuleInfo INFO =
      new RuleInfo(
          "AG2094",
          Severity.ERROR,
          "The CfCT home Region is a known Region",
          "CfCT runs its pipeline, and reads its manifest's region, in the Control Tower home Region"
              + " (AWS Control Tower User Guide, CfCT manifest: region); a wrong one fails the"
              + " pipeline after the change is merged rather than at generate (docs/aws-facts.md §21.2).",
          "Write the landing zone's home Region, e.g. eu-west-1.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    if (model.deploy().cfct().isEmpty() || !context.isUsable(P)) {
      return;
    }
    Partition partition = model.organization().partition();
    String region = model.deploy().cfct().get().homeRegion();
    if (!partition.knownRegions().contains(region)) {
      context.report(
          P,
          "'" + region + "' is not a Region of partition " + partition.yamlName(),
          "write the landing zone's home Region, e.g. " + partition.knownRegions().get(0));
    }
  }
}
