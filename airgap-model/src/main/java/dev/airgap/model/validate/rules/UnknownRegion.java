package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.Partition;
import dev.airgap.model.validate.ModelFields;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG1005: a well-formed region that is not in the partition's known list. */
public final class UnknownRegion implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG1005",
          Severity.WARNING,
          "A region airgap does not know",
          "The name has the shape of a region of the partition but is not in the list of "
              + "regions known when this release was made: a typo, or a region launched since "
              + "(botocore partitions.json; docs/aws-facts.md §1.4).",
          "Check the spelling; if AWS launched the region recently, ignore the warning or "
              + "override its severity.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    if (!context.isUsable("/organization/partition")) {
      return;
    }
    Partition partition = model.organization().partition();
    for (ModelFields.Field field : ModelFields.regions(model, context)) {
      String region = field.value();
      if (partition.hasRegionShape(region) && !partition.knownRegions().contains(region)) {
        context.report(
            field.pointer(),
            "'" + region + "' is not a known region of partition " + partition.yamlName(),
            "check the spelling; a region launched after this release is fine");
      }
    }
  }
}
