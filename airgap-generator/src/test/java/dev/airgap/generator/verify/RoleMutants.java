package dev.airgap.generator.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Seeded weakenings of the roles people assume (a trust policy with an {@code AWS} principal): the
 * break-glass roles. Found by shape, like {@link Mutants}: the MFA condition, the principals, the
 * session length, and the role's own permissions.
 */
final class RoleMutants {
  private RoleMutants() {}

  static List<Mutants.Mutant> all(Map<String, JsonNode> base) {
    List<Mutants.Mutant> out = new ArrayList<>();
    base.forEach(
        (file, root) ->
            root.path("Resources")
                .properties()
                .forEach(
                    e -> {
                      JsonNode r = e.getValue();
                      if (r.path("Type").asText().equals("AWS::IAM::Role")
                          && assumedByPeople(r.path("Properties"))) {
                        out.addAll(of(base, file, e.getKey(), r.path("Properties")));
                      }
                    }));
    return out;
  }

  private static boolean assumedByPeople(JsonNode props) {
    for (JsonNode s : props.path("AssumeRolePolicyDocument").path("Statement")) {
      if (s.path("Principal").has("AWS")) {
        return true;
      }
    }
    return false;
  }

  private static List<Mutants.Mutant> of(
      Map<String, JsonNode> base, String file, String id, JsonNode props) {
    String where = file + " " + id;
    List<Mutants.Mutant> out = new ArrayList<>();
    out.add(
        Mutants.Mutant.onProperties(
            base,
            file,
            id,
            "drop the MFA condition of the trust of " + where,
            where,
            p -> trust(p).forEach(s -> ((ObjectNode) s).remove("Condition"))));
    out.add(
        Mutants.Mutant.onProperties(
            base,
            file,
            id,
            "trust the whole account of the first principal of " + where,
            where,
            p ->
                trust(p)
                    .forEach(
                        s -> {
                          JsonNode aws = s.path("Principal").path("AWS");
                          String first = aws.isArray() ? aws.get(0).asText() : aws.asText();
                          ((ObjectNode) s.path("Principal"))
                              .put("AWS", first.replaceFirst(":(user|role)/.*", ":root"));
                        })));
    out.add(
        Mutants.Mutant.onProperties(
            base,
            file,
            id,
            "lengthen the sessions of " + where + " to 12 hours",
            where,
            p -> p.put("MaxSessionDuration", 43_200)));
    List<String> allowed = allowedActions(props);
    for (String action :
        List.of(
            "backup:DeleteRecoveryPoint",
            "backup:StartCopyJob",
            "iam:UpdateAssumeRolePolicy",
            "backup:StartRestoreJob",
            "backup:PutBackupVaultLockConfiguration")) {
      // Adding what the role already has is no weakening.
      if (!allowed.contains(action)) {
        out.add(
            Mutants.Mutant.onProperties(
                base,
                file,
                id,
                "let " + where + " call " + action,
                where,
                p -> firstStatement(p).withArray("Action").add(action)));
      }
    }
    if (allowed.contains("iam:PassRole")) {
      out.add(
          Mutants.Mutant.onProperties(
              base,
              file,
              id,
              "let " + where + " pass any role",
              where,
              p -> {
                for (JsonNode policy : p.path("Policies")) {
                  for (JsonNode s : policy.path("PolicyDocument").path("Statement")) {
                    if (s.path("Action").toString().contains("iam:PassRole")) {
                      ((ObjectNode) s).put("Resource", "*");
                    }
                  }
                }
              }));
    }
    return out;
  }

  private static List<JsonNode> trust(ObjectNode props) {
    List<JsonNode> out = new ArrayList<>();
    props.path("AssumeRolePolicyDocument").path("Statement").forEach(out::add);
    return out;
  }

  /** The first statement of the first policy, its Action made a list. */
  private static ObjectNode firstStatement(ObjectNode props) {
    ObjectNode s =
        (ObjectNode)
            props.path("Policies").path(0).path("PolicyDocument").path("Statement").path(0);
    JsonNode a = s.path("Action");
    if (!a.isArray()) {
      s.putArray("Action").add(a.asText());
    }
    return s;
  }

  private static List<String> allowedActions(JsonNode props) {
    List<String> out = new ArrayList<>();
    for (JsonNode policy : props.path("Policies")) {
      for (JsonNode s : policy.path("PolicyDocument").path("Statement")) {
        JsonNode a = s.path("Action");
        if (a.isArray()) {
          a.forEach(x -> out.add(x.asText()));
        } else {
          out.add(a.asText());
        }
      }
    }
    return out;
  }
}
