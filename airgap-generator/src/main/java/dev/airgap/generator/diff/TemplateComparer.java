package dev.airgap.generator.diff;

import static dev.airgap.generator.diff.StructuralDiff.diffNamed;
import static dev.airgap.generator.diff.StructuralDiff.diffValues;
import static dev.airgap.generator.diff.StructuralDiff.firstLine;
import static dev.airgap.generator.diff.StructuralDiff.normalise;
import static dev.airgap.generator.diff.StructuralDiff.parse;
import static dev.airgap.generator.diff.StructuralDiff.section;
import static dev.airgap.generator.diff.StructuralDiff.union;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Computes {@link TemplateDiff}s: the generic {@link StructuralDiff} parses, normalises and walks
 * both sides; {@link ChangeClassifier} says what each resource change means to the air gap.
 */
final class TemplateComparer {
  private static final List<String> SECTIONS = List.of("Parameters", "Resources", "Outputs");

  private TemplateComparer() {}

  static TemplateDiff compare(
      String file, Optional<String> beforeText, Optional<String> afterText) {
    ChangeKind kind =
        beforeText.isEmpty()
            ? ChangeKind.ADDED
            : afterText.isEmpty() ? ChangeKind.REMOVED : ChangeKind.MODIFIED;
    if (beforeText.isPresent() && beforeText.equals(afterText)) {
      return new TemplateDiff(file, kind, List.of(), List.of(), List.of(), List.of(), "", "");
    }
    ObjectNode before;
    ObjectNode after;
    try {
      before = normalise(parse(beforeText));
      after = normalise(parse(afterText));
    } catch (JsonProcessingException | IllegalArgumentException e) {
      String reason = "not a readable template: " + firstLine(e.getMessage());
      String text =
          UnifiedDiff.of(
              "a/" + file, "b/" + file, beforeText.orElse(""), afterText.orElse(""), 3, 40);
      return new TemplateDiff(file, kind, List.of(), List.of(), List.of(), List.of(), reason, text);
    }
    List<PropertyChange> top = new ArrayList<>();
    for (String key : union(before, after)) {
      if (!SECTIONS.contains(key)) {
        diffValues(key, before.get(key), after.get(key), (path, b, a) -> Impact.UPDATE, top);
      }
    }
    List<PropertyChange> parameters = new ArrayList<>();
    diffNamed(section(before, "Parameters"), section(after, "Parameters"), parameters);
    List<PropertyChange> outputs = new ArrayList<>();
    diffNamed(section(before, "Outputs"), section(after, "Outputs"), outputs);
    List<ResourceChange> resources = new ArrayList<>();
    ObjectNode beforeResources = section(before, "Resources");
    ObjectNode afterResources = section(after, "Resources");
    for (String id : union(beforeResources, afterResources)) {
      ChangeClassifier.resource(id, beforeResources.get(id), afterResources.get(id))
          .ifPresent(resources::add);
    }
    resources.sort(
        Comparator.comparing((ResourceChange r) -> !r.securityRelevant())
            .thenComparing(ResourceChange::logicalId));
    return new TemplateDiff(file, kind, top, parameters, resources, outputs, "", "");
  }
}
