package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.KeyKind;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG2210: a key-account key cannot be deployed through CfCT. */
public final class KeyAccountWithCfct implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG2210",
          Severity.ERROR,
          "A key-account key with deploy.cfct",
          "The central vault takes each region's key ARN, which is random, as a parameter that"
              + " airgap:deploy reads from the key account's alias after the key exists"
              + " (docs/aws-facts.md §20.3); a CfCT manifest carries only literal parameter values"
              + " written before the pipeline runs (§21.2), so the central vault's stack set would"
              + " fail there.",
          "Deploy with airgap:deploy (remove deploy.cfct), or use kind: managed or existing with"
              + " CfCT.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    if (model.central().key().kind() == KeyKind.KEY_ACCOUNT
        && model.deploy().cfct().isPresent()
        && context.isUsable("/central/key/kind")
        && context.isUsable("/deploy/cfct")) {
      context.report(
          "/central/key/kind",
          "is key-account, but deploy.cfct is set: CfCT cannot pass the central vault the key ARN"
              + " of each region, which airgap:deploy reads from the key account's alias",
          "remove deploy.cfct, or keep the key in the central account (kind: managed)");
    }
  }
}
