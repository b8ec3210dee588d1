package dev.airgap.generator.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Seeded weakenings of the Identity Center break-glass door: the permission sets' session, managed
 * policies and inline policy, and the alert that watches the roles Identity Center provisions.
 */
final class PermissionSetMutants {
  private PermissionSetMutants() {}

  static List<Mutants.Mutant> all(Map<String, JsonNode> base) {
    List<Mutants.Mutant> out = new ArrayList<>();
    base.forEach(
        (file, root) ->
            root.path("Resources")
                .properties()
                .forEach(
                    e -> {
                      JsonNode r = e.getValue();
                      if (r.path("Type").asText().equals("AWS::SSO::PermissionSet")) {
                        out.addAll(of(base, file, e.getKey(), r.path("Properties")));
                      }
                      if (r.path("Type").asText().equals("AWS::Events::Rule")) {
                        alert(base, file, e.getKey(), r.path("Properties")).ifPresent(out::add);
                      }
                    }));
    return out;
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
            "lengthen the sessions of " + where + " to 12 hours",
            where,
            p -> p.put("SessionDuration", "PT12H")));
    out.add(
        Mutants.Mutant.onProperties(
            base,
            file,
            id,
            "attach AdministratorAccess to " + where,
            where,
            p -> p.putArray("ManagedPolicies").add("arn:aws:iam::aws:policy/AdministratorAccess")));
    List<String> allowed = new ArrayList<>();
    props
        .path("InlinePolicy")
        .path("Statement")
        .forEach(
            s -> {
              JsonNode a = s.path("Action");
              if (a.isArray()) {
                a.forEach(x -> allowed.add(x.asText()));
              } else {
                allowed.add(a.asText());
              }
            });
    for (String action :
        List.of(
            "backup:DeleteRecoveryPoint",
            "backup:StartCopyJob",
            "iam:UpdateAssumeRolePolicy",
            "backup:StartRestoreJob",
            "backup:PutBackupVaultLockConfiguration")) {
      if (!allowed.contains(action)) {
        out.add(
            Mutants.Mutant.onProperties(
                base,
                file,
                id,
                "let " + where + " call " + action,
                where,
                p -> {
                  ObjectNode s = (ObjectNode) p.path("InlinePolicy").path("Statement").path(0);
                  JsonNode a = s.path("Action");
                  if (!a.isArray()) {
                    s.putArray("Action").add(a.asText());
                  }
                  s.withArray("Action").add(action);
                }));
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
                for (JsonNode s : p.path("InlinePolicy").path("Statement")) {
                  if (s.path("Action").toString().contains("iam:PassRole")) {
                    ((ObjectNode) s).put("Resource", "*");
                  }
                }
              }));
    }
    return out;
  }

  /** Drops the Identity Center roles from the break-glass alert (its wildcard alternatives). */
  private static java.util.Optional<Mutants.Mutant> alert(
      Map<String, JsonNode> base, String file, String id, JsonNode props) {
    if (!props.path("EventPattern").toString().contains("\"wildcard\"")) {
      return java.util.Optional.empty();
    }
    String where = file + " " + id;
    return java.util.Optional.of(
        Mutants.Mutant.onProperties(
            base,
            file,
            id,
            "stop " + where + " from matching the Identity Center break-glass roles",
            where,
            p -> {
              ArrayNode or = (ArrayNode) p.path("EventPattern").path("detail").path("$or");
              for (int i = or.size() - 1; i >= 0; i--) {
                if (or.get(i).toString().contains("\"wildcard\"")) {
                  or.remove(i);
                }
              }
              if (or.isEmpty()) {
                or.addObject().putArray("eventName").add("NoSuchCall");
              }
            }));
  }
}
