package dev.airgap.generator.verify.iam;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A policy document with every intrinsic function already resolved, parsed into statements
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html).
 *
 * @param file template file
 * @param logicalId resource that holds it
 * @param modelPointer the model element that produced the resource
 * @param statements in document order
 */
public record Policy(
    String file, String logicalId, String modelPointer, List<Statement> statements) {
  public Policy {
    statements = List.copyOf(statements);
  }

  /** A policy an attacker wrote in place of the real one: allows everything to everyone. */
  public static Policy permissive(String what) {
    Statement all =
        new Statement(
            new Origin("(attacker)", what, "AllowAll", ""),
            true,
            Map.of("*", List.of("*")),
            false,
            List.of("*"),
            false,
            List.of("*"),
            false,
            List.of());
    return new Policy("(attacker)", what, "", List.of(all));
  }

  /**
   * The default key policy of a key airgap did not create (docs/aws-facts.md §13.13): the key's
   * account may administer it, so its IAM policies decide; no other account is admitted.
   */
  public static Policy defaultKeyPolicy(String partition, String account) {
    Statement root =
        new Statement(
            new Origin("(existing key)", "default key policy", "EnableIamUserPermissions", ""),
            true,
            Map.of("AWS", List.of("arn:" + partition + ":iam::" + account + ":root")),
            false,
            List.of("kms:*"),
            false,
            List.of("*"),
            false,
            List.of());
    return new Policy("(existing key)", "default key policy", "", List.of(root));
  }

  /** Parses a resolved document: Statement may be one object or a list. */
  public static Policy parse(JsonNode doc, String file, String logicalId, String modelPointer) {
    List<Statement> out = new ArrayList<>();
    JsonNode st = doc.path("Statement");
    List<JsonNode> items = new ArrayList<>();
    if (st.isArray()) {
      st.forEach(items::add);
    } else if (st.isObject()) {
      items.add(st);
    }
    for (int i = 0; i < items.size(); i++) {
      JsonNode s = items.get(i);
      String sid = s.hasNonNull("Sid") ? s.get("Sid").asText() : "#" + (i + 1);
      Origin origin = new Origin(file, logicalId, sid, modelPointer);
      boolean notPrincipal = s.has("NotPrincipal");
      Map<String, List<String>> principals =
          principals(notPrincipal ? s.get("NotPrincipal") : s.get("Principal"));
      boolean notAction = s.has("NotAction");
      List<String> actions = strings(notAction ? s.get("NotAction") : s.get("Action"));
      boolean notResource = s.has("NotResource");
      List<String> resources =
          s.has("Resource") || notResource
              ? strings(notResource ? s.get("NotResource") : s.get("Resource"))
              : List.of("*");
      List<ConditionClause> conditions = new ArrayList<>();
      Iterator<Map.Entry<String, JsonNode>> ops = s.path("Condition").properties().iterator();
      while (ops.hasNext()) {
        Map.Entry<String, JsonNode> op = ops.next();
        op.getValue()
            .properties()
            .iterator()
            .forEachRemaining(
                k ->
                    conditions.add(
                        new ConditionClause(op.getKey(), k.getKey(), strings(k.getValue()))));
      }
      out.add(
          new Statement(
              origin,
              "Allow".equals(s.path("Effect").asText()),
              principals,
              notPrincipal,
              actions,
              notAction,
              resources,
              notResource,
              conditions));
    }
    return new Policy(file, logicalId, modelPointer, out);
  }

  private static Map<String, List<String>> principals(JsonNode p) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (p == null || p.isMissingNode() || p.isNull()) {
      return out;
    }
    if (p.isTextual()) {
      out.put("*", List.of(p.asText()));
      return out;
    }
    p.properties().iterator().forEachRemaining(e -> out.put(e.getKey(), strings(e.getValue())));
    return out;
  }

  /** A scalar or a list of scalars as strings (booleans and numbers as their text). */
  public static List<String> strings(JsonNode v) {
    List<String> out = new ArrayList<>();
    if (v == null || v.isMissingNode() || v.isNull()) {
      return out;
    }
    if (v.isArray()) {
      v.forEach(x -> out.add(x.asText()));
    } else {
      out.add(v.asText());
    }
    return out;
  }
}
