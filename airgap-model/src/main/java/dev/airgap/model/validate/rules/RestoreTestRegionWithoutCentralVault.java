package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.validate.ModelFields;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG4202: restore tests run only in regions that have a central vault. */
public final class RestoreTestRegionWithoutCentralVault implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG4202",
          Severity.ERROR,
          "Restore tests run only in regions with a central vault",
          "A restore testing plan restores from vaults of its own region and account (IncludeVaults"
              + " takes vault ARNs; docs/aws-facts.md §16.1); in a region without a central vault"
              + " there is nothing to test.",
          "Add the region to central.regions, or remove it from restoreTesting.regions.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    if (model.central().restoreTesting().isEmpty() || !context.isUsable("/central/regions")) {
      return;
    }
    for (ModelFields.Field region :
        ModelFields.entries(
            context,
            RestoreTestTypeNotCopied.P + "/regions",
            model.central().restoreTesting().get().regions())) {
      if (!model.central().regions().contains(region.value())) {
        context.report(
            region.pointer(),
            region.value()
                + " has no central vault (central.regions: "
                + String.join(", ", model.central().regions())
                + ")",
            "test in one of the central regions, or add " + region.value() + " to central.regions");
      }
    }
  }
}
