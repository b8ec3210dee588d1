package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.validate.ModelFields;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG1015: each member region is a central region when any plan copies to central. */
public final class MemberRegionWithoutCentralVault implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG1015",
          Severity.ERROR,
          "Every member region that copies to central has a central vault in the same " + "region",
          "A plan copies each recovery point to the central vault of the same region (the "
              + "organization backup policy has no $region variable, so one copy target per "
              + "region); a member region without a central vault has no copy destination and "
              + "every copy job fails (Organizations backup policy syntax; "
              + "terraform-aws-immutable-aws-backup#58; docs/aws-facts.md §4.5).",
          "Add the region to central.regions, or remove it from members.regions.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    if (!context.isUsable("/central/regions")
        || model.plans().values().stream().noneMatch(p -> p.copyToCentral().isPresent())) {
      return;
    }
    for (ModelFields.Field f :
        ModelFields.entries(context, "/members/regions", model.members().regions())) {
      // A region of the wrong shape or partition is AG1004's finding, not a missing central vault.
      boolean isRegionOfPartition = model.organization().partition().hasRegionShape(f.value());
      if (isRegionOfPartition && !model.central().regions().contains(f.value())) {
        context.report(
            f.pointer(),
            "'"
                + f.value()
                + "' has no central vault; central.regions is "
                + model.central().regions(),
            "add " + f.value() + " to central.regions, or remove it from members.regions");
      }
    }
  }
}
