package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG1016: central.regions and members.regions have at least one region. */
public final class RegionsEmpty implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG1016",
          Severity.ERROR,
          "Central and member regions are not empty",
          "StackSet instances are created per region; with no central region there is no "
              + "central vault to copy to, and with no member region nothing is backed up "
              + "(CloudFormation API CreateStackInstances Regions; docs/aws-facts.md §8.3, §4.5).",
          "List at least one region, e.g. regions: [eu-west-1].");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    if (context.isUsable("/central/regions") && model.central().regions().isEmpty()) {
      context.report(
          "/central/regions",
          "lists no region, so there is no central vault",
          "list the regions of the central vaults, e.g. regions: [eu-west-1]");
    }
    if (context.isUsable("/members/regions") && model.members().regions().isEmpty()) {
      context.report(
          "/members/regions",
          "lists no region, so nothing is backed up",
          "list the regions where member resources live, e.g. regions: [eu-west-1]");
    }
  }
}
