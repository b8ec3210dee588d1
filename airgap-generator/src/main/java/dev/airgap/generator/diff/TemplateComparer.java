package dev.airgap.generator.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.airgap.generator.facts.ResourceFact;
import dev.airgap.generator.facts.ResourceFacts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Computes {@link TemplateDiff}s: parses both sides, normalises copies, walks them. */
final class TemplateComparer {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_VALUE_CHARS = 100;

  private static final String BACKUP_VAULT = "AWS::Backup::BackupVault";
  private static final String LAG_VAULT = "AWS::Backup::LogicallyAirGappedBackupVault";
  private static final ResourceFact NO_FACTS =
      new ResourceFact("", List.of(), false, false, List.of(), List.of(), List.of());

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
      resource(id, beforeResources.get(id), afterResources.get(id)).ifPresent(resources::add);
    }
    resources.sort(
        Comparator.comparing((ResourceChange r) -> !r.securityRelevant())
            .thenComparing(ResourceChange::logicalId));
    return new TemplateDiff(file, kind, top, parameters, resources, outputs, "", "");
  }

  private static Optional<ResourceChange> resource(String id, JsonNode before, JsonNode after) {
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

  private interface ImpactFn {
    Impact of(String path, JsonNode before, JsonNode after);
  }

  /** Parameters and Outputs: named entries compared attribute by attribute. */
  private static void diffNamed(ObjectNode before, ObjectNode after, List<PropertyChange> out) {
    for (String name : union(before, after)) {
      diffValues(name, before.get(name), after.get(name), (p, b, a) -> Impact.UPDATE, out);
    }
  }

  /** Walks two values and records the deepest paths that differ. */
  private static void diffValues(
      String path, JsonNode before, JsonNode after, ImpactFn impact, List<PropertyChange> out) {
    if (before == null && after == null || before != null && before.equals(after)) {
      return;
    }
    if (before == null) {
      out.add(
          new PropertyChange(
              path, ChangeKind.ADDED, "", compact(after), impact.of(path, null, after)));
      return;
    }
    if (after == null) {
      out.add(
          new PropertyChange(
              path, ChangeKind.REMOVED, compact(before), "", impact.of(path, before, null)));
      return;
    }
    if (before.isObject() && after.isObject() && !isIntrinsic(before) && !isIntrinsic(after)) {
      for (String key : union((ObjectNode) before, (ObjectNode) after)) {
        diffValues(path + "." + key, before.get(key), after.get(key), impact, out);
      }
      return;
    }
    if (before.isArray() && after.isArray() && before.size() == after.size()) {
      for (int i = 0; i < before.size(); i++) {
        diffValues(path + "[" + i + "]", before.get(i), after.get(i), impact, out);
      }
      return;
    }
    out.add(
        new PropertyChange(
            path,
            ChangeKind.MODIFIED,
            compact(before),
            compact(after),
            impact.of(path, before, after)));
  }

  private static boolean isIntrinsic(JsonNode node) {
    if (node.size() != 1) {
      return false;
    }
    String name = node.fieldNames().next();
    return name.equals("Ref") || name.startsWith("Fn::") || name.equals("Condition");
  }

  private static ObjectNode parse(Optional<String> text) throws JsonProcessingException {
    if (text.isEmpty() || text.get().isBlank()) {
      return JsonNodeFactory.instance.objectNode();
    }
    JsonNode node = YAML.readTree(text.get());
    if (node == null || node.isMissingNode() || node.isNull()) {
      return JsonNodeFactory.instance.objectNode();
    }
    if (!node.isObject()) {
      throw new IllegalArgumentException("the top level is not a mapping");
    }
    return (ObjectNode) node;
  }

  /**
   * Normalises a copy so that equivalent templates compare equal (cloudformation-diff's {@code
   * lib/diff-template.ts} does the same): {@code DependsOn} as a sorted list, {@code Fn::GetAtt} in
   * list form.
   */
  private static ObjectNode normalise(ObjectNode template) {
    ObjectNode copy = template.deepCopy();
    JsonNode resources = copy.get("Resources");
    if (resources != null && resources.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> it = resources.properties().iterator();
      while (it.hasNext()) {
        JsonNode resource = it.next().getValue();
        if (!resource.isObject()) {
          throw new IllegalArgumentException("a resource is not a mapping");
        }
        JsonNode dependsOn = resource.get("DependsOn");
        if (dependsOn != null) {
          TreeSet<String> names = new TreeSet<>();
          if (dependsOn.isArray()) {
            dependsOn.forEach(n -> names.add(n.asText()));
          } else {
            names.add(dependsOn.asText());
          }
          ArrayNode sorted = ((ObjectNode) resource).putArray("DependsOn");
          names.forEach(sorted::add);
        }
      }
    }
    normaliseGetAtt(copy);
    return copy;
  }

  private static void normaliseGetAtt(JsonNode node) {
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      JsonNode getAtt = object.get("Fn::GetAtt");
      if (getAtt != null && getAtt.isTextual() && getAtt.asText().contains(".")) {
        String text = getAtt.asText();
        int dot = text.indexOf('.');
        ArrayNode list = object.putArray("Fn::GetAtt");
        list.add(text.substring(0, dot));
        list.add(text.substring(dot + 1));
      }
      object.forEach(TemplateComparer::normaliseGetAtt);
    } else if (node.isArray()) {
      node.forEach(TemplateComparer::normaliseGetAtt);
    }
  }

  private static ObjectNode section(ObjectNode template, String name) {
    return objectOrEmpty(template.get(name));
  }

  private static ObjectNode objectOrEmpty(JsonNode node) {
    if (node == null || node.isNull()) {
      return JsonNodeFactory.instance.objectNode();
    }
    if (!node.isObject()) {
      throw new IllegalArgumentException("expected a mapping, found " + node.getNodeType());
    }
    return (ObjectNode) node;
  }

  private static Set<String> union(ObjectNode a, ObjectNode b) {
    TreeSet<String> keys = new TreeSet<>();
    a.fieldNames().forEachRemaining(keys::add);
    b.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null ? "" : value.asText();
  }

  private static String topName(String path) {
    int end = path.length();
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '.' || c == '[') {
        end = i;
        break;
      }
    }
    return path.substring(0, end);
  }

  /** Compact JSON, shortened for one report line. */
  static String compact(JsonNode node) {
    if (node == null) {
      return "";
    }
    String text =
        node instanceof TextNode
            ? JSON.getNodeFactory().textNode(node.asText()).toString()
            : node.toString();
    return text.length() <= MAX_VALUE_CHARS ? text : text.substring(0, MAX_VALUE_CHARS - 1) + "…";
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unknown problem";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
