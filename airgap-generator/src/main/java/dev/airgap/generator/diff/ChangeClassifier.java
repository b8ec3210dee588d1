package dev.airgap.generator.diff;

import static dev.airgap.generator.diff.StructuralDiff.compact;
import static dev.airgap.generator.diff.StructuralDiff.diffValues;
import static dev.airgap.generator.diff.StructuralDiff.objectOrEmpty;
import static dev.airgap.generator.diff.StructuralDiff.text;
import static dev.airgap.generator.diff.StructuralDiff.topName;
import static dev.airgap.generator.diff.StructuralDiff.union;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.airgap.generator.facts.ResourceFact;
import dev.airgap.generator.facts.ResourceFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * airgap's half of the template diff: what a resource change means. Replacement and its cost come
 * from {@link ReplacementRules} (create-only properties of the bundled schemas), security relevance
 * from {@link ResourceFacts}, and IRREVERSIBLE from the compliance-lock facts (docs/aws-facts.md
 * §2.2, §3.1). The structural walk is {@link StructuralDiff}'s.
 */
final class ChangeClassifier {
  private static final String BACKUP_VAULT = "AWS::Backup::BackupVault";
  private static final String LAG_VAULT = "AWS::Backup::LogicallyAirGappedBackupVault";
  private static final ResourceFact NO_FACTS =
      new ResourceFact("", List.of(), false, false, List.of(), List.of(), List.of());

  private ChangeClassifier() {}

  /** The classified change of one resource, or empty when both sides are equal. */
  static Optional<ResourceChange> resource(String id, JsonNode before, JsonNode after) {
    if (before != null && before.equals(after)) {
      return Optional.empty();
    }
    JsonNode current = after != null ? after : before;
    String type = text(current, "Type");
    String modelPath = current.path("Metadata").path("airgap").path("modelPath").asText("");
    // A type airgap does not emit has no row: nothing about it is known to need a reviewer first.
    ResourceFact fact = ResourceFacts.of(type).orElse(NO_FACTS);
    if (before == null || after == null) {
      ChangeKind kind = before == null ? ChangeKind.ADDED : ChangeKind.REMOVED;
      Impact impact =
          kind == ChangeKind.ADDED
              ? Impact.CREATE
              : "Retain".equals(text(before, "DeletionPolicy")) ? Impact.ORPHAN : Impact.DESTROY;
      boolean security = fact.securityRelevant() || (fact.stateful() && kind == ChangeKind.REMOVED);
      String irreversible = kind == ChangeKind.ADDED ? createsComplianceLock(type, after) : "";
      return Optional.of(
          new ResourceChange(
              id,
              type,
              kind,
              impact,
              modelPath,
              security || !irreversible.isEmpty(),
              irreversible,
              List.of()));
    }
    List<PropertyChange> changes = new ArrayList<>();
    String beforeType = text(before, "Type");
    if (!beforeType.equals(type)) {
      changes.add(
          new PropertyChange(
              "Type",
              ChangeKind.MODIFIED,
              compact(before.get("Type")),
              compact(after.get("Type")),
              Impact.REPLACE));
    }
    for (String key : union((ObjectNode) before, (ObjectNode) after)) {
      if (key.equals("Type") || key.equals("Properties")) {
        continue;
      }
      diffValues(key, before.get(key), after.get(key), (path, b, a) -> Impact.UPDATE, changes);
    }
    ObjectNode beforeProps = objectOrEmpty(before.get("Properties"));
    ObjectNode afterProps = objectOrEmpty(after.get("Properties"));
    for (String key : union(beforeProps, afterProps)) {
      JsonNode b = beforeProps.get(key);
      JsonNode a = afterProps.get(key);
      Impact impact = ReplacementRules.impactOf(type, key, b, a);
      diffValues(key, b, a, (path, x, y) -> impact, changes);
    }
    Impact impact = Impact.NO_CHANGE;
    boolean security = fact.securityRelevant();
    for (PropertyChange change : changes) {
      impact = impact.worst(change.impact());
      security |= fact.securityProperties().contains(topName(change.path()));
    }
    // A stateful resource replaced is a new, empty vault or key: the old one's backups are
    // orphaned.
    security |= fact.stateful() && impact.compareTo(Impact.MAY_REPLACE) >= 0;
    String irreversible = changesComplianceLock(type, before, after, impact);
    return Optional.of(
        new ResourceChange(
            id,
            type,
            ChangeKind.MODIFIED,
            impact,
            modelPath,
            security || !irreversible.isEmpty(),
            irreversible,
            changes));
  }

  /**
   * docs/aws-facts.md §2.2: ChangeableForDays present means compliance mode; §3.1: every LAG vault
   * is compliance-locked.
   */
  private static String createsComplianceLock(String type, JsonNode resource) {
    if (type.equals(LAG_VAULT)) {
      return "creates a logically air-gapped vault, whose compliance lock (min/max retention) is fixed at creation";
    }
    JsonNode lock = resource.path("Properties").path("LockConfiguration");
    if (type.equals(BACKUP_VAULT) && lock.has("ChangeableForDays")) {
      return "creates a compliance-mode Vault Lock (ChangeableForDays "
          + compact(lock.get("ChangeableForDays"))
          + "): after that many days nobody, not even AWS, can change or remove it";
    }
    return "";
  }

  private static String changesComplianceLock(
      String type, JsonNode before, JsonNode after, Impact impact) {
    boolean replaced = impact.compareTo(Impact.MAY_REPLACE) >= 0;
    if (type.equals(LAG_VAULT) && replaced) {
      return "replaces a logically air-gapped vault: the new vault's compliance lock is fixed at creation";
    }
    if (!type.equals(BACKUP_VAULT)) {
      return "";
    }
    JsonNode lockBefore = before.path("Properties").path("LockConfiguration");
    JsonNode lockAfter = after.path("Properties").path("LockConfiguration");
    boolean compliance = lockBefore.has("ChangeableForDays") || lockAfter.has("ChangeableForDays");
    if (!compliance) {
      return "";
    }
    if (replaced && lockAfter.has("ChangeableForDays")) {
      return "replaces the vault with a new compliance-locked vault (ChangeableForDays "
          + compact(lockAfter.get("ChangeableForDays"))
          + ")";
    }
    if (!lockBefore.equals(lockAfter)) {
      if (!lockBefore.has("ChangeableForDays")) {
        return "turns the Vault Lock into compliance mode (ChangeableForDays "
            + compact(lockAfter.get("ChangeableForDays"))
            + "): after that many days nobody, not even AWS, can change or remove it";
      }
      return "changes a compliance-mode Vault Lock: this only works inside its grace period and cannot be undone after it";
    }
    return "";
  }
}
