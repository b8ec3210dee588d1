package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.Partition;
import dev.airgap.model.VaultKind;
import dev.airgap.model.validate.ModelFields;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;
import java.util.List;

/** AG2021: a logically air-gapped central vault in a region where it is reported unavailable. */
public final class AirGappedVaultRegionAvailability implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG2021",
          Severity.WARNING,
          "Logically air-gapped vaults may not be offered in this region",
          "Indirect evidence says logically air-gapped vaults are not available in the "
              + "China and GovCloud partitions nor in ap-southeast-5, ap-southeast-7, "
              + "mx-central-1, il-central-1, ap-east-2 and ca-west-1; the vault would fail to "
              + "create there (AWS Config docs on resources in logically air-gapped vaults; "
              + "docs/aws-facts.md §3.1, marked verify).",
          "Check the AWS Backup feature availability table for the region; use a standard "
              + "vault there, or another central region.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  /**
   * Regions of the aws partition reported without logically air-gapped vaults (docs/aws-facts.md
   * §3.1).
   */
  static final List<String> UNAVAILABLE =
      List.of(
          "ap-east-2",
          "ap-southeast-5",
          "ap-southeast-7",
          "ca-west-1",
          "il-central-1",
          "mx-central-1");

  @Override
  public void check(AirGapModel model, RuleContext context) {
    if (!context.isUsable("/central/vault/kind")
        || model.central().vault().kind() != VaultKind.LOGICALLY_AIR_GAPPED
        || !context.isUsable("/organization/partition")) {
      return;
    }
    boolean otherPartition = model.organization().partition() != Partition.AWS;
    for (ModelFields.Field f :
        ModelFields.entries(context, "/central/regions", model.central().regions())) {
      if (otherPartition || UNAVAILABLE.contains(f.value())) {
        context.report(
            f.pointer(),
            "'" + f.value() + "' is reported not to offer logically air-gapped vaults",
            "check AWS Backup feature availability by region before deploying; use a standard vault there if needed");
      }
    }
  }
}
