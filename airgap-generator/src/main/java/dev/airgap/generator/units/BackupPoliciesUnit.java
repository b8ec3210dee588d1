package dev.airgap.generator.units;

import dev.airgap.generator.cfn.CfnValue;
import dev.airgap.generator.cfn.Resource;
import dev.airgap.generator.cfn.Template;
import dev.airgap.generator.policy.BackupPolicyDocument;
import dev.airgap.generator.yaml.TemplateWriter;
import dev.airgap.model.AirGapModel;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Plain stacks in the management account (service-managed stack sets never reach it, facts.md
 * §8.3) with the organization backup policies, apart from the SCP in {@link ManagementUnit}: every
 * member region adds one plan per model plan (facts.md §4.5, §4.6), so with many regions the
 * policies outgrow one template body (51,200 bytes, facts.md §8.1). Content stays an object, as a
 * string would hide drift (facts.md §6.4).
 *
 * <p>Policies are packed greedily, in document order, into as few stacks as fit by rendered size.
 * A policy's logical id and name depend only on its document index, never on the stack it lands
 * in, so a policy keeps its name when the packing changes. When a policy moves to a later stack
 * (the policies grew), each stack waits for the one before it (manifest dependsOn), so the old
 * copy is deleted before the new one is created under the same name. A move to an earlier stack,
 * or a stack that is no longer generated, still needs a manual step: deploy deletes nothing.
 */
public final class BackupPoliciesUnit {
  private BackupPoliciesUnit() {}

  public static final String BACKUP_POLICY = "OrganizationBackupPolicy";

  /** One backup-policy stack: its unit id and template. */
  public record Stack(String unitId, Template template) {}

  /** The stacks for the model's backup policies, each within {@link Template#MAX_BODY_BYTES}. */
  public static List<Stack> build(AirGapModel model) {
    return build(model, Template.MAX_BODY_BYTES);
  }

  /**
   * As above with a chosen byte limit (tests force several stacks with a small one). A single
   * policy larger than the limit gets a stack of its own; the template checks (AG5003) report it.
   */
  public static List<Stack> build(AirGapModel model, int maxBytes) {
    List<BackupPolicyDocument.Policy> policies = BackupPolicyDocument.build(model).policies();
    int total = policies.size();
    List<List<BackupPolicyDocument.Policy>> groups = new ArrayList<>();
    List<BackupPolicyDocument.Policy> current = new ArrayList<>();
    for (BackupPolicyDocument.Policy policy : policies) {
      List<BackupPolicyDocument.Policy> candidate = new ArrayList<>(current);
      candidate.add(policy);
      if (!current.isEmpty() && TemplateWriter.write(template(model, candidate, total)).length > maxBytes) {
        groups.add(current);
        candidate = new ArrayList<>(List.of(policy));
      }
      current = candidate;
    }
    if (!current.isEmpty()) {
      groups.add(current);
    }
    List<Stack> stacks = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      // Numbered even when there is one: deploy never deletes a stack, so a stack that changed
      // its id when a second one is needed would keep its policies, and their names would clash.
      String id = Names.backupPoliciesUnit(i + 1);
      stacks.add(new Stack(id, template(model, groups.get(i), total)));
    }
    return List.copyOf(stacks);
  }

  static Template template(AirGapModel model, List<BackupPolicyDocument.Policy> policies, int total) {
    TreeSet<String> regions = new TreeSet<>();
    policies.forEach(p -> regions.addAll(p.regions()));
    Template.Builder t = new Template.Builder(
        "airgap organization backup policies in the management account " + model.organization().managementAccount()
            + " for member regions " + String.join(", ", regions) + ": plans back up to the member vault '"
            + model.members().vault().name() + "'; those with copyToCentral copy to the central vault '"
            + model.central().vault().name() + "' of the same region.");
    for (BackupPolicyDocument.Policy policy : policies) {
      // Suffixes as before the split, so that names stay stable (a policy name is unique per type).
      String suffix = total == 1 ? "" : String.valueOf(policy.index());
      t.resource(BACKUP_POLICY + suffix, Resource.of("AWS::Organizations::Policy", CfnValue.map()
          .put("Name", model.deploy().stackSetNamePrefix() + "-backup" + (suffix.isEmpty() ? "" : "-" + suffix))
          .put("Description", "airgap: backup plans of the member accounts in " + String.join(", ", policy.regions())
              + ", copying to the central vault")
          .put("Type", "BACKUP_POLICY")
          // An object, not a string: a string Content hides drift (facts.md §6.4).
          .put("Content", PlainValues.of(policy.content()))
          .put("TargetIds", CfnValue.texts(ManagementUnit.targetIds(model.members().targets())))
          .build(), "/plans"));
    }
    return t.build();
  }
}
