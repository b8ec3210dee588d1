package dev.airgap.generator.verify;

import dev.airgap.model.validate.RuleInfo;
import java.util.List;

/** Every verify rule (AG6xxx), in id order. */
public final class VerifyRuleCatalog {
  private VerifyRuleCatalog() {}

  public static List<VerifyRule> rules() {
    return List.of(new NoDestruction(), new NoEscalation(), new DeployConfigurationOnly(), new NoLockOut(),
        new CopyInScope(), new DestructiveCallsAlert(), new ChildPolicyRestricted(), new GuardrailTargets(),
        new LayersStandAlone());
  }

  public static List<RuleInfo> infos() {
    return rules().stream().map(VerifyRule::info).toList();
  }
}
