package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.Partition;
import dev.airgap.model.validate.ModelFields;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG1004: every region has the shape of a region of organization.partition. */
public final class RegionInPartition implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG1004",
          Severity.ERROR,
          "Regions belong to the organization's partition",
          "An organization lives in one partition, and StackSets, KMS and Backup copies "
              + "never cross partitions; a region of another partition, or a name that is no "
              + "region at all, fails at deploy time (botocore partitions.json; docs/aws-facts.md §1.4).",
          "Use region names of the partition set in organization.partition (default aws), "
              + "such as eu-west-1.");

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
    regions:
    for (ModelFields.Field field : ModelFields.regions(model, context)) {
      String region = field.value();
      if (partition.hasRegionShape(region)) {
        continue;
      }
      for (Partition other : Partition.values()) {
        if (other != partition && other.hasRegionShape(region)) {
          context.report(
              field.pointer(),
              "'"
                  + region
                  + "' is a region of partition "
                  + other.yamlName()
                  + ", but the organization is in "
                  + partition.yamlName(),
              "an organization never spans partitions; use regions of "
                  + partition.yamlName()
                  + " or set organization.partition: "
                  + other.yamlName());
          continue regions;
        }
      }
      context.report(
          field.pointer(),
          "'" + region + "' is not a region name of partition " + partition.yamlName(),
          "write a region name such as " + partition.knownRegions().get(0));
    }
  }
}
