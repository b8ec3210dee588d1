package dev.airgap.generator.diff;

import java.util.List;

/**
 * One resource that differs between two templates.
 *
 * @param logicalId the logical id
 * @param type the resource type after the change (before it, when removed)
 * @param kind added, removed or modified
 * @param impact the worst impact of its changes; removing a {@code Retain} resource is {@link
 *     Impact#ORPHAN}, removing any other {@link Impact#DESTROY}
 * @param modelPath the model pointer the resource came from ({@code Metadata.airgap.modelPath}), or
 *     empty when the template does not say
 * @param securityRelevant a vault or key replaced, orphaned or destroyed, or any change to a vault
 *     lock, a vault access policy, a key policy, an SCP or an IAM policy: shown first
 * @param irreversibleReason why this change cannot be undone (a compliance-mode lock is created or
 *     changed, docs/aws-facts.md §2.2 and §3.1), or empty
 * @param changes property and attribute changes, by path; empty when added or removed
 */
public record ResourceChange(
    String logicalId,
    String type,
    ChangeKind kind,
    Impact impact,
    String modelPath,
    boolean securityRelevant,
    String irreversibleReason,
    List<PropertyChange> changes) {

  public ResourceChange {
    changes = List.copyOf(changes);
  }

  /** Whether a reviewer must confirm this change knowing it cannot be undone. */
  public boolean isIrreversible() {
    return !irreversibleReason.isEmpty();
  }
}
