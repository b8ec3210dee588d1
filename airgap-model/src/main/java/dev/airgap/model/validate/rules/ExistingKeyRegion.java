package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.KeyKind;
import dev.airgap.model.KeySettings;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;
import java.util.List;

/**
 * AG3005: an existing key's region is the vault's only region (or a multi-Region key's replica
 * region).
 */
public final class ExistingKeyRegion implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG3005",
          Severity.ERROR,
          "An existing key is in the region of the vault it encrypts",
          "A KMS key encrypts only in its own region, and one key ARN cannot serve vaults "
              + "in several regions (only a multi-Region key has replicas, each with its own ARN) "
              + "(AWS KMS multi-Region keys; docs/aws-facts.md §1.3, §5.2).",
          "Use one region per existing key (a key in that region), or use kind: managed to "
              + "let airgap create one key per region.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    check(
        context,
        "/central/key",
        model.central().key(),
        "/central/regions",
        model.central().regions());
    check(
        context,
        "/members/key",
        model.members().key(),
        "/members/regions",
        model.members().regions());
  }

  private static void check(
      RuleContext context,
      String pointer,
      KeySettings key,
      String regionsPointer,
      List<String> regions) {
    String p = pointer + "/arn";
    if (!context.isUsable(p)
        || !context.isUsable(pointer + "/kind")
        || key.kind() != KeyKind.EXISTING
        || key.arn().isEmpty()
        || !context.isUsable(regionsPointer)) {
      return;
    }
    String[] parts = key.arn().get().split(":", 6);
    if (parts.length != 6 || parts[3].isEmpty()) {
      return; // not a key ARN: AG3004
    }
    boolean multiRegion = parts[5].startsWith("key/mrk-");
    if (!multiRegion && regions.size() > 1) {
      context.report(
          p,
          "is a key in "
              + parts[3]
              + " only, but the vaults are in "
              + regions.size()
              + " regions "
              + regions,
          "use kind: managed, or a multi-Region key (mrk-...) replicated to every region");
    } else if (!multiRegion && !regions.isEmpty() && !regions.contains(parts[3])) {
      context.report(
          p,
          "is a key in " + parts[3] + ", but the vault is in " + regions.get(0),
          "use a key in " + regions.get(0));
    }
  }
}
