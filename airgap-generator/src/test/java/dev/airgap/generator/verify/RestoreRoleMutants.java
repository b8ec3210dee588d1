package dev.airgap.generator.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Seeded weakenings of the restore-testing role (a role AWS Backup assumes to restore in a restore
 * test): its trust, its confused-deputy guard, its managed policies and its own permissions. Found
 * by its name prefix, like {@link RoleMutants} finds the roles people assume.
 */
final class RestoreRoleMutants {
  private RestoreRoleMutants() {}

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
                          && r.path("Properties")
                              .path("RoleName")
                              .toString()
                              .contains("-restore-testing-")) {
                        out.addAll(of(base, file, e.getKey()));
                      }
                    }));
    return out;
  }

  private static List<Mutants.Mutant> of(Map<String, JsonNode> base, String file, String id) {
    String where = file + " " + id;
    List<Mutants.Mutant> out = new ArrayList<>();
    out.add(
        Mutants.Mutant.onProperties(
            base,
            file,
            id,
            "let the central account's principals assume " + where,
            where,
            p ->
                ((ObjectNode) trust(p).path("Principal"))
                    .putObject("AWS")
                    .put("Fn::Sub", "arn:${AWS::Partition}:iam::${AWS::AccountId}:root")));
    out.add(
        Mutants.Mutant.onProperties(
            base,
            file,
            id,
            "drop the aws:SourceAccount guard of " + where,
            where,
            p -> trust(p).remove("Condition")));
    out.add(
        Mutants.Mutant.onProperties(
            base,
            file,
            id,
            "attach AdministratorAccess to " + where,
            where,
            p ->
                p.withArray("ManagedPolicyArns")
                    .addObject()
                    .put("Fn::Sub", "arn:${AWS::Partition}:iam::aws:policy/AdministratorAccess")));
    out.add(
        Mutants.Mutant.onProperties(
            base,
            file,
            id,
            "let " + where + " delete recovery points",
            where,
            p -> {
              ObjectNode doc =
                  p.withArray("Policies")
                      .addObject()
                      .put("PolicyName", "more")
                      .putObject("PolicyDocument");
              doc.put("Version", "2012-10-17");
              doc.putArray("Statement")
                  .addObject()
                  .put("Effect", "Allow")
                  .put("Action", "backup:DeleteRecoveryPoint")
                  .put("Resource", "*");
            }));
    return out;
  }

  private static ObjectNode trust(ObjectNode props) {
    return (ObjectNode) props.path("AssumeRolePolicyDocument").path("Statement").path(0);
  }
}
