package dev.airgap.generator.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Seeded weakenings of real generated templates, found by shape (policy documents, deny statements,
 * rules, backup policies), never by today's statement names, so they apply to whatever templates
 * are current. Each mutant names the statement it weakens.
 */
final class Mutants {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Mutants() {}

  /** A weakened copy of the templates. */
  record Mutant(String description, String target, Map<String, JsonNode> trees) {
    /**
     * The templates {@code base} with {@code change} applied to the Properties of resource {@code
     * id} in {@code file}, on a deep copy so that {@code base} stays as generated.
     */
    static Mutant onProperties(
        Map<String, JsonNode> base,
        String file,
        String id,
        String description,
        String target,
        Consumer<ObjectNode> change) {
      Map<String, JsonNode> copy = deepCopy(base);
      change.accept((ObjectNode) copy.get(file).path("Resources").path(id).path("Properties"));
      return new Mutant(description, target, copy);
    }
  }

  /**
   * A policy document inside a template, with a way to write it back (SCP content may be a JSON
   * string).
   */
  private record Doc(
      String file, String logicalId, String kind, ObjectNode doc, Runnable writeBack) {}

  static List<Mutant> all(Map<String, JsonNode> base) {
    List<Mutant> out = new ArrayList<>();
    String[] dropped = {
      "backup:DeleteRecoveryPoint",
      "backup:DeleteBackupVaultLockConfiguration",
      "backup:UpdateRecoveryPointLifecycle",
      "backup:DeleteBackupVault",
      "kms:ScheduleKeyDeletion",
      "kms:DisableKey",
      "backup:PutBackupVaultAccessPolicy",
      "backup:StartCopyJob",
      "s3:DeleteBucket",
      "s3:DeleteObject",
      "s3:DeleteObjectVersion",
      "s3:PutLifecycleConfiguration",
      "s3:PutBucketPolicy"
    };
    for (Doc d : docs(base)) {
      ArrayNode st = statements(d.doc());
      for (int i = 0; i < st.size(); i++) {
        ObjectNode s = (ObjectNode) st.get(i);
        String sid = d.file() + " " + d.logicalId() + " " + s.path("Sid").asText("#" + (i + 1));
        final int at = i;
        if ("Deny".equals(s.path("Effect").asText())) {
          for (String action : dropped) {
            if (actions(s).contains(action)) {
              out.add(
                  mutate(
                      base,
                      d,
                      "drop " + action + " from " + sid,
                      sid,
                      st2 -> removeAction(st2.get(at), action)));
            }
          }
          out.add(mutate(base, d, "delete deny statement " + sid, sid, st2 -> st2.remove(at)));
          if (s.path("Condition").has("ArnNotLike")) {
            out.add(
                mutate(
                    base,
                    d,
                    "widen the exemption of " + sid + " to arn:aws:iam::*:role/*",
                    sid,
                    st2 ->
                        ((ObjectNode) st2.get(at).path("Condition").path("ArnNotLike"))
                            .put("aws:PrincipalArn", "arn:aws:iam::*:role/*")));
            // Equivalent mutants are not seeded: an exemption the statement already has, or one of
            // a
            // central-account principal in an SCP that never binds the central account.
            String exec = "arn:aws:iam::" + centralAccount(base) + ":role/stacksets-exec-*";
            // Nor one in the resource policy of a template deployed in another account (the
            // evidence bucket in an audit account): the central role has no allow there.
            boolean reachesCentral =
                d.kind().equals("scp") ? bindsCentral(base, d) : !inAuditAccount(base, d);
            if (reachesCentral
                && !s.path("Condition")
                    .path("ArnNotLike")
                    .toString()
                    .contains(":role/stacksets-exec-*")) {
              out.add(
                  mutate(
                      base,
                      d,
                      "exempt the StackSet execution role pattern in " + sid,
                      sid,
                      st2 ->
                          add(
                              st2.get(at).path("Condition").path("ArnNotLike"),
                              "aws:PrincipalArn",
                              exec)));
            }
            if (reachesCentral) {
              out.add(
                  mutate(
                      base,
                      d,
                      "drop the first exempt principal (an admin) from " + sid,
                      sid,
                      st2 ->
                          dropFirst(
                              st2.get(at).path("Condition").path("ArnNotLike"),
                              "aws:PrincipalArn")));
            }
          }
          if (s.path("Resource").asText("").equals("*") && d.kind().equals("scp")) {
            out.add(
                mutate(
                    base,
                    d,
                    "narrow Resource of " + sid + " to the AWS Backup recovery-point form",
                    sid,
                    st2 ->
                        ((ObjectNode) st2.get(at))
                            .putArray("Resource")
                            .add("arn:aws:backup:*:*:recovery-point:*")
                            .add("arn:aws:backup:*:*:backup-vault:*")));
          }
          if (s.path("Resource").isArray() && d.kind().equals("scp")) {
            out.add(
                mutate(
                    base,
                    d,
                    "keep only the recovery-point form in Resource of " + sid,
                    sid,
                    st2 -> keepOnly((ArrayNode) st2.get(at).path("Resource"), ":recovery-point:")));
            // Each role an SCP guards by name (the backup role, the malware scanner role) and each
            // vault it guards in every member account (the member vault, the member logically
            // air-gapped vault) must be missed by the proof when it drops out of the list.
            JsonNode resources = s.path("Resource");
            for (int r = 0; r < resources.size(); r++) {
              String arn = resources.get(r).asText();
              boolean guardedRole = arn.contains(":role/") && !arn.contains("stacksets-exec");
              boolean memberVault = arn.contains(":backup:*:*:backup-vault:");
              if (guardedRole || memberVault) {
                final int drop = r;
                out.add(
                    mutate(
                        base,
                        d,
                        "drop " + arn + " from Resource of " + sid,
                        sid,
                        st2 -> ((ArrayNode) st2.get(at).path("Resource")).remove(drop)));
              }
            }
          }
        } else if (s.path("Condition").has("StringEquals")) {
          out.add(
              mutate(
                  base,
                  d,
                  "swap StringEquals for StringLike \"*\" in " + sid,
                  sid,
                  st2 -> {
                    ObjectNode c = (ObjectNode) st2.get(at).path("Condition");
                    JsonNode eq = c.remove("StringEquals");
                    ObjectNode like = c.putObject("StringLike");
                    eq.fieldNames().forEachRemaining(k -> like.put(k, "*"));
                  }));
        }
        if (s.path("Condition").has("Bool")) {
          out.add(
              mutate(
                  base,
                  d,
                  "drop the Bool condition of " + sid,
                  sid,
                  st2 -> ((ObjectNode) st2.get(at).path("Condition")).remove("Bool")));
        }
      }
      if (d.kind().equals("vault")) {
        out.add(
            mutate(
                base,
                d,
                "add a second Allow backup:* to everyone in " + d.file() + " " + d.logicalId(),
                d.file() + " " + d.logicalId(),
                st2 -> {
                  ObjectNode a = st2.addObject();
                  a.put("Sid", "AllowEverything");
                  a.put("Effect", "Allow");
                  a.putObject("Principal").put("AWS", "*");
                  a.put("Action", "backup:*");
                  a.put("Resource", "*");
                }));
      }
    }
    eachResource(
        base,
        (file, id, r) -> {
          String type = r.path("Type").asText();
          String where = file + " " + id;
          JsonNode props = r.path("Properties");
          boolean scp =
              type.equals("AWS::Organizations::Policy")
                      && props.path("Type").asText().equals("SERVICE_CONTROL_POLICY")
                  || props.has("PolicyContent");
          if (scp && props.path("TargetIds").size() > 0) {
            for (int i = 0; i < props.path("TargetIds").size(); i++) {
              final int at = i;
              String t = props.path("TargetIds").get(i).asText();
              out.add(
                  resource(
                      base,
                      file,
                      id,
                      "remove target " + t + " of " + where,
                      where,
                      p -> ((ArrayNode) p.path("TargetIds")).remove(at)));
            }
          }
          if (scp) {
            out.add(new Mutant("remove the SCP " + where, where, copyWithout(base, file, id)));
          }
          if (type.equals("AWS::S3::Bucket")) {
            Map<String, JsonNode> kept = deepCopy(base);
            ((ObjectNode) kept.get(file).path("Resources").path(id)).remove("DeletionPolicy");
            out.add(new Mutant("drop DeletionPolicy Retain of " + where, where, kept));
            out.add(
                resource(
                    base,
                    file,
                    id,
                    "suspend versioning of " + where,
                    where,
                    p ->
                        ((ObjectNode) p.path("VersioningConfiguration"))
                            .put("Status", "Suspended")));
          }
          if (type.equals("AWS::S3::BucketPolicy")) {
            out.add(
                new Mutant(
                    "remove the bucket policy " + where, where, copyWithout(base, file, id)));
          }
          if (type.equals("AWS::Events::Rule")) {
            out.add(
                resource(
                    base,
                    file,
                    id,
                    "disable rule " + where,
                    where,
                    p -> p.put("State", "DISABLED")));
            out.add(
                resource(
                    base,
                    file,
                    id,
                    "remove the targets of rule " + where,
                    where,
                    p -> p.putArray("Targets")));
            JsonNode names = props.path("EventPattern").path("detail").path("eventName");
            for (String n :
                List.of(
                    "DeleteRecoveryPoint",
                    "DeleteBackupVaultLockConfiguration",
                    "PutBackupVaultAccessPolicy",
                    "ScheduleKeyDeletion",
                    "CreateRole",
                    "DeleteBucket",
                    "PutBucketPolicy")) {
              for (int i = 0; i < names.size(); i++) {
                if (names.get(i).asText().equals(n)) {
                  final int at = i;
                  out.add(
                      resource(
                          base,
                          file,
                          id,
                          "drop event name " + n + " from " + where,
                          where,
                          p ->
                              ((ArrayNode) p.path("EventPattern").path("detail").path("eventName"))
                                  .remove(at)));
                }
              }
            }
            JsonNode or = props.path("EventPattern").path("detail").path("$or");
            for (int i = 0; i < or.size(); i++) {
              final int at = i;
              String type0 = or.get(i).path("userIdentity").path("type").toString();
              out.add(
                  resource(
                      base,
                      file,
                      id,
                      "drop caller type " + type0 + " from " + where,
                      where,
                      p ->
                          ((ArrayNode) p.path("EventPattern").path("detail").path("$or"))
                              .remove(at)));
            }
          }
          if (props.has("LockConfiguration")
              && props.path("LockConfiguration").has("ChangeableForDays")) {
            out.add(
                resource(
                    base,
                    file,
                    id,
                    "turn the compliance lock of " + where + " into governance",
                    where,
                    p -> ((ObjectNode) p.path("LockConfiguration")).remove("ChangeableForDays")));
          }
          if (props.has("AccessPolicy")) {
            out.add(
                resource(
                    base,
                    file,
                    id,
                    "remove the access policy of " + where,
                    where,
                    p -> p.remove("AccessPolicy")));
          }
          if (r.path("Type").asText().equals("AWS::MPA::ApprovalTeam")) {
            out.add(
                resource(
                    base,
                    file,
                    id,
                    "let one approval open " + where,
                    where,
                    p ->
                        ((ObjectNode) p.path("ApprovalStrategy").path("MofN"))
                            .put("MinApprovalsRequired", 1)));
            out.add(
                resource(
                    base,
                    file,
                    id,
                    "ask more approvals than " + where + " has approvers",
                    where,
                    p ->
                        ((ObjectNode) p.path("ApprovalStrategy").path("MofN"))
                            .put("MinApprovalsRequired", p.path("Approvers").size() + 1)));
            out.add(
                resource(
                    base,
                    file,
                    id,
                    "bind " + where + " to another operation",
                    where,
                    p ->
                        ((ObjectNode) p.path("Policies").get(0))
                            .put(
                                "PolicyArn",
                                "arn:aws:mpa:::aws:policy/backup.amazonaws.com/Other/$DEFAULT")));
            out.add(new Mutant("remove " + where, where, copyWithout(base, file, id)));
          }
          if (r.path("Type").asText().equals("AWS::RAM::ResourceShare")
              && props.path("ResourceArns").toString().contains("ApprovalTeam")) {
            out.add(
                resource(
                    base,
                    file,
                    id,
                    "share " + where + " outside the organization",
                    where,
                    p -> p.put("AllowExternalPrincipals", true)));
            out.add(
                resource(
                    base,
                    file,
                    id,
                    "share " + where + " with another account too",
                    where,
                    p -> ((ArrayNode) p.path("Principals")).add("999999999999")));
          }
          if (props.path("Type").asText().equals("BACKUP_POLICY")) {
            out.add(
                resource(
                    base,
                    file,
                    id,
                    "remove @@operators_allowed_for_child_policies from " + where,
                    where,
                    p -> removeEverywhere(p.path("Content"), ChildPolicyRestricted.OPERATORS)));
          }
        });
    out.addAll(RoleMutants.all(base));
    out.addAll(PermissionSetMutants.all(base));
    out.addAll(RestoreRoleMutants.all(base));
    out.addAll(JobEventMutants.all(base));
    // A weakening that changes nothing (e.g. @@none that is not there yet) is no mutant.
    out.removeIf(m -> m.trees().equals(base));
    return out;
  }

  private interface ResourceVisitor {
    void visit(String file, String logicalId, JsonNode resource);
  }

  private static void eachResource(Map<String, JsonNode> trees, ResourceVisitor v) {
    trees.forEach(
        (file, root) ->
            root.path("Resources")
                .properties()
                .iterator()
                .forEachRemaining(e -> v.visit(file, e.getKey(), e.getValue())));
  }

  /**
   * The documents the air gap rests on: vault access policies, the keys of templates that hold a
   * vault with an access policy (the central ones), and SCPs. Member-vault keys and the alert key's
   * publisher grants are outside the properties verify proves.
   */
  private static List<Doc> docs(Map<String, JsonNode> trees) {
    List<Doc> out = new ArrayList<>();
    eachResource(
        trees,
        (file, id, r) -> {
          JsonNode p = r.path("Properties");
          boolean central = false;
          for (JsonNode other : trees.get(file).path("Resources")) {
            central |= other.path("Properties").has("AccessPolicy");
          }
          if (p.path("KeyPolicy").isObject() && !central) {
            return;
          }
          if (p.path("AccessPolicy").isObject()) {
            out.add(new Doc(file, id, "vault", (ObjectNode) p.path("AccessPolicy"), () -> {}));
          }
          if (r.path("Type").asText().equals("AWS::S3::BucketPolicy")) {
            out.add(new Doc(file, id, "bucket", (ObjectNode) p.path("PolicyDocument"), () -> {}));
          }
          if (p.path("KeyPolicy").isObject()) {
            out.add(new Doc(file, id, "key", (ObjectNode) p.path("KeyPolicy"), () -> {}));
          }
          if (p.path("Content").isObject()
              && p.path("Type").asText().equals("SERVICE_CONTROL_POLICY")) {
            out.add(new Doc(file, id, "scp", (ObjectNode) p.path("Content"), () -> {}));
          }
          if (p.path("PolicyContent").isTextual()) {
            out.add(
                new Doc(
                    file,
                    id,
                    "scp",
                    (ObjectNode) parse(p.path("PolicyContent").asText()),
                    () -> {}));
          }
        });
    return out;
  }

  private static Mutant mutate(
      Map<String, JsonNode> base,
      Doc d,
      String description,
      String target,
      Consumer<ArrayNode> change) {
    Map<String, JsonNode> copy = deepCopy(base);
    ObjectNode props =
        (ObjectNode) copy.get(d.file()).path("Resources").path(d.logicalId()).path("Properties");
    ObjectNode doc;
    boolean text = props.path("PolicyContent").isTextual();
    if (text) {
      doc = (ObjectNode) parse(props.path("PolicyContent").asText());
    } else {
      String key =
          switch (d.kind()) {
            case "vault" -> "AccessPolicy";
            case "key" -> "KeyPolicy";
            case "bucket" -> "PolicyDocument";
            default -> "Content";
          };
      doc = (ObjectNode) props.path(key);
    }
    change.accept(statements(doc));
    if (text) {
      props.put("PolicyContent", doc.toString());
    }
    return new Mutant(description, target, copy);
  }

  private static Mutant resource(
      Map<String, JsonNode> base,
      String file,
      String id,
      String description,
      String target,
      Consumer<ObjectNode> change) {
    Map<String, JsonNode> copy = deepCopy(base);
    change.accept((ObjectNode) copy.get(file).path("Resources").path(id).path("Properties"));
    return new Mutant(description, target, copy);
  }

  private static Map<String, JsonNode> copyWithout(
      Map<String, JsonNode> base, String file, String id) {
    Map<String, JsonNode> copy = deepCopy(base);
    ((ObjectNode) copy.get(file).path("Resources")).remove(id);
    return copy;
  }

  private static Map<String, JsonNode> deepCopy(Map<String, JsonNode> base) {
    Map<String, JsonNode> copy = new LinkedHashMap<>();
    base.forEach((k, v) -> copy.put(k, v.deepCopy()));
    return copy;
  }

  private static ArrayNode statements(ObjectNode doc) {
    JsonNode st = doc.path("Statement");
    if (st.isObject()) {
      doc.putArray("Statement").add(st);
    }
    return (ArrayNode) doc.path("Statement");
  }

  private static List<String> actions(JsonNode s) {
    List<String> out = new ArrayList<>();
    JsonNode a = s.path("Action");
    if (a.isArray()) {
      a.forEach(x -> out.add(x.asText()));
    } else if (a.isTextual()) {
      out.add(a.asText());
    }
    return out;
  }

  private static void removeAction(JsonNode s, String action) {
    JsonNode a = s.path("Action");
    if (a.isArray()) {
      for (Iterator<JsonNode> it = a.iterator(); it.hasNext(); ) {
        if (it.next().asText().equals(action)) {
          it.remove();
        }
      }
    } else {
      ((ObjectNode) s).putArray("Action").add("backup:NoSuchAction");
    }
  }

  private static void add(JsonNode condition, String key, String value) {
    JsonNode v = condition.path(key);
    if (v.isArray()) {
      ((ArrayNode) v).add(value);
    } else {
      ArrayNode a = ((ObjectNode) condition).putArray(key);
      a.add(v.isMissingNode() ? JSON.getNodeFactory().textNode(value) : v);
      a.add(value);
    }
  }

  private static void dropFirst(JsonNode condition, String key) {
    JsonNode v = condition.path(key);
    if (v.isArray() && v.size() > 1) {
      ((ArrayNode) v).remove(0);
    } else {
      ((ObjectNode) condition).put(key, "arn:aws:iam::000000000000:role/nobody");
    }
  }

  private static void keepOnly(ArrayNode resources, String fragment) {
    for (Iterator<JsonNode> it = resources.iterator(); it.hasNext(); ) {
      if (!it.next().asText().contains(fragment)) {
        it.remove();
      }
    }
  }

  private static void removeEverywhere(JsonNode node, String key) {
    if (node.isObject()) {
      ((ObjectNode) node).remove(key);
      node.forEach(c -> removeEverywhere(c, key));
    } else if (node.isArray()) {
      node.forEach(c -> removeEverywhere(c, key));
    }
  }

  /**
   * Whether an SCP is attached to the central account or to a root (the OU tree is not in the
   * templates).
   */
  private static boolean bindsCentral(Map<String, JsonNode> base, Doc d) {
    JsonNode targets =
        base.get(d.file())
            .path("Resources")
            .path(d.logicalId())
            .path("Properties")
            .path("TargetIds");
    for (JsonNode t : targets) {
      if (t.asText().equals(centralAccount(base)) || t.asText().startsWith("r-")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The central account, from the central vault template's description ("... in account
   * 222222222222").
   */
  /** Whether the template says it is deployed in an audit account, not the central one. */
  private static boolean inAuditAccount(Map<String, JsonNode> base, Doc d) {
    return base.get(d.file()).path("Description").asText().contains("in the audit account ");
  }

  private static String centralAccount(Map<String, JsonNode> base) {
    String description =
        base.getOrDefault("central-vault.yaml", base.values().iterator().next())
            .path("Description")
            .asText();
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("account (\\d{12})").matcher(description);
    return m.find() ? m.group(1) : "*";
  }

  private static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
