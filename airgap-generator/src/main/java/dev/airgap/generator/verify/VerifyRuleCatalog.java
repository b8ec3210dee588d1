package dev.airgap.generator.verify;

import dev.airgap.model.validate.RuleInfo;
import java.util.List;

/** Every verify rule (AG6xxx), in id order. */
public final class VerifyRuleCatalog {
  private VerifyRuleCatalog() {}

  public static List<VerifyRule> rules() {
    return List.of(
        new NoDestruction(),
        new NoEscalation(),
        new DeployConfigurationOnly(),
        new NoLockOut(),
        new CopyInScope(),
        new DestructiveCallsAlert(),
        new ChildPolicyRestricted(),
        new GuardrailTargets(),
        new LayersStandAlone(),
        new OrganizationChangesAlert(),
        new MemberBaselineGuarded(),
        new ApprovalTeamSound(),
        new BreakGlassGuarded(),
        new LockAsModeled(),
        new RestoreTestingBounded(),
        new RestoreTestingServiceRoleBounded(),
        new JobEventsSound(),
        new EvidenceBucketGuarded(),
        new KeyAccountGuarded(),
        new RecoveryOrganizationSeparate());
  }

  public static List<RuleInfo> infos() {
    List<RuleInfo> infos = new java.util.ArrayList<>(List.of(Unverifiable.INFO));
    rules().stream().map(VerifyRule::info).forEach(infos::add);
    return List.copyOf(infos);
  }
}
