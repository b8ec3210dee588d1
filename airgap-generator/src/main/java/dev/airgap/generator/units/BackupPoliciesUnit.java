package dev.airgap.generator.units;

import dev.airgap.generator.ArchitecturePicture;
import dev.airgap.generator.cfn.CfnValue;
import dev.airgap.generator.cfn.Resource;
import dev.airgap.generator.cfn.Template;
import dev.airgap.generator.manifest.DeploymentUnit;
import dev.airgap.generator.policy.BackupPolicyDocument;
import dev.airgap.generator.resolve.ResolvedModel;
import dev.airgap.generator.yaml.TemplateWriter;
import dev.airgap.model.AirGapModel;
import dev.airgap.model.BackupPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Plain stacks in the management account (service-managed stack sets never reach it,
 * docs/aws-facts.md §8.3) with the organization backup policies, apart from the SCP in {@link
 * ManagementUnit}: every member region adds one plan per model plan (docs/aws-facts.md §4.5, §4.6),
 * so with many regions the policies outgrow one template body (51,200 bytes, docs/aws-facts.md
 * §8.1). Content stays an object, as a string would hide drift (docs/aws-facts.md §6.4).
 *
 * <p>Policies are packed greedily, in document order, into as few stacks as fit by rendered size. A
 * policy's logical id and name depend only on its document index, never on the stack it lands in,
 * so a policy keeps its name when the packing changes. When a policy moves to a later stack (the
 * policies grew), each stack waits for the one before it (manifest dependsOn), so the old copy is
 * deleted before the new one is created under the same name. A move to an earlier stack, or a stack
 * that is no longer generated, still needs a manual step: deploy deletes nothing.
 */
public final class BackupPoliciesUnit implements Unit {
  BackupPoliciesUnit() {}

  /**
   * The family of plain stacks in the management account with the organization backup policies:
   * {@code backup-policies-1}, {@code -2}, ... as many as the template body limit needs
   * (docs/aws-facts.md §8.1).
   */
  public static final UnitId ID = UnitId.of("backup-policies");

  public static final String BACKUP_POLICY = "OrganizationBackupPolicy";

  /** The stacks for the model's backup policies, each within {@link Template#MAX_BODY_BYTES}. */
  public static List<UnitTemplate> build(AirGapModel model) {
    return build(model, Template.MAX_BODY_BYTES);
  }

  /**
   * As above with a chosen byte limit (tests force several stacks with a small one). A single
   * policy larger than the limit gets a stack of its own; the template checks (AG5003) report it.
   */
  public static List<UnitTemplate> build(AirGapModel model, int maxBytes) {
    List<BackupPolicyDocument.Policy> policies =
        ResolvedModel.of(model).backupPolicies().policies();
    int total = policies.size();
    List<List<BackupPolicyDocument.Policy>> groups = new ArrayList<>();
    List<BackupPolicyDocument.Policy> current = new ArrayList<>();
    for (BackupPolicyDocument.Policy policy : policies) {
      List<BackupPolicyDocument.Policy> candidate = new ArrayList<>(current);
      candidate.add(policy);
      if (!current.isEmpty()
          && TemplateWriter.write(template(model, candidate, total)).length > maxBytes) {
        groups.add(current);
        candidate = new ArrayList<>(List.of(policy));
      }
      current = candidate;
    }
    if (!current.isEmpty()) {
      groups.add(current);
    }
    List<UnitTemplate> stacks = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      // Numbered even when there is one: deploy never deletes a stack, so a stack that changed
      // its id when a second one is needed would keep its policies, and their names would clash.
      stacks.add(new UnitTemplate(ID.numbered(i + 1), template(model, groups.get(i), total)));
    }
    return List.copyOf(stacks);
  }

  static Template template(
      AirGapModel model, List<BackupPolicyDocument.Policy> policies, int total) {
    TreeSet<String> regions = new TreeSet<>();
    policies.forEach(p -> regions.addAll(p.regions()));
    Template.Builder t =
        new Template.Builder(
            "airgap organization backup policies in the management account "
                + model.organization().managementAccount()
                + " for member regions "
                + String.join(", ", regions)
                + ": plans back up to the member vault '"
                + model.members().vault().name()
                + "'; those with copyToCentral copy to the central vault '"
                + model.central().vault().name()
                + "' of the same region.");
    for (BackupPolicyDocument.Policy policy : policies) {
      // Suffixes as before the split, so that names stay stable (a policy name is unique per type).
      String suffix = total == 1 ? "" : String.valueOf(policy.index());
      t.resource(
          BACKUP_POLICY + suffix,
          Resource.of(
              "AWS::Organizations::Policy",
              CfnValue.map()
                  .put(
                      "Name",
                      model.deploy().stackSetNamePrefix()
                          + "-backup"
                          + (suffix.isEmpty() ? "" : "-" + suffix))
                  .put(
                      "Description",
                      "airgap: backup plans of the member accounts in "
                          + String.join(", ", policy.regions())
                          + ", copying to the central vault")
                  .put("Type", "BACKUP_POLICY")
                  // An object, not a string: a string Content hides drift (docs/aws-facts.md §6.4).
                  .put("Content", PlainValues.of(policy.content()))
                  .put("TargetIds", CfnValue.texts(ResolvedModel.of(model).memberTargetIds()))
                  .build(),
              "/plans"));
    }
    return t.build();
  }

  /** The family id: the stacks are {@code backup-policies-1}, {@code -2}, ... */
  @Override
  public UnitId id() {
    return ID;
  }

  @Override
  public boolean owns(UnitId unitId) {
    return ID.numberOf(unitId).isPresent();
  }

  @Override
  public List<UnitTemplate> templates(AirGapModel model) {
    return build(model);
  }

  /**
   * The policies name the member vault and role (member-baseline) and copy to the central vault
   * (docs/aws-facts.md §4.6). They also wait for management: output of earlier versions kept the
   * policies in that stack, and a policy name is unique per organization (CreatePolicy:
   * DuplicatePolicyException), so the management update must delete them before these stacks create
   * them again under the same names. Each waits for the one before it, so a policy that moved to a
   * later stack is deleted from the earlier one first.
   */
  @Override
  public DeploymentUnit.Builder deployment(AirGapModel model, UnitId unitId) {
    int n = ID.numberOf(unitId).orElseThrow();
    DeploymentUnit.Builder unit =
        Deployments.managementStack(model, unitId)
            .dependsOn(CentralVaultUnit.ID, MemberBaselineUnit.ID, ManagementUnit.ID);
    return n > 1 ? unit.dependsOn(ID.numbered(n - 1)) : unit;
  }

  @Override
  public void picture(AirGapModel model, List<UnitId> rendered, ArchitecturePicture picture) {
    StringBuilder node =
        new StringBuilder("bp[\"backup policy: ").append(String.join(", ", model.plans().keySet()));
    if (!rendered.isEmpty()) {
      node.append(rendered.size() == 1 ? ", stack " : ", stacks ")
          .append(
              String.join(", ", rendered.stream().map(id -> Names.stackName(model, id)).toList()));
    }
    picture.add(ArchitecturePicture.Element.BACKUP_POLICY, node.append("\"]").toString());
    List<String> centralRegions = Deployments.sorted(model.central().regions());
    boolean copies =
        model.plans().values().stream().map(BackupPlan::copyToCentral).anyMatch(c -> c.isPresent());
    for (String region : Deployments.sorted(model.members().regions())) {
      String target = centralRegions.contains(region) ? region : centralRegions.get(0);
      if (copies) {
        picture.add(
            ArchitecturePicture.Element.COPY,
            "mv_"
                + ArchitecturePicture.nodeId(region)
                + " -- \"copy (CopyIntoBackupVault, org only)\" --> cv_"
                + ArchitecturePicture.nodeId(target));
      }
    }
    picture.add(
        ArchitecturePicture.Element.POLICY_ATTACHMENT,
        "bp -. \"attached to member targets\" .-> members");
  }
}
