package dev.airgap.generator.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.airgap.model.validate.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Seeded weakenings of the job notifications, found by shape like {@link Mutants}: an event bus
 * policy (the organization condition dropped, every events action allowed), a role whose inline
 * policy puts events (its resource widened, another action added, its trust opened), and a rule
 * that forwards to an event bus (pointed at another one).
 */
final class JobEventMutants {
  private JobEventMutants() {}

  static List<Mutants.Mutant> all(Map<String, JsonNode> base) {
    List<Mutants.Mutant> out = new ArrayList<>();
    base.forEach(
        (file, root) ->
            root.path("Resources")
                .properties()
                .forEach(
                    e -> {
                      String type = e.getValue().path("Type").asText();
                      JsonNode props = e.getValue().path("Properties");
                      String where = file + " " + e.getKey();
                      if (type.equals("AWS::Events::EventBus") && props.has("Policy")) {
                        out.addAll(bus(base, file, e.getKey(), where));
                      } else if (type.equals("AWS::IAM::Role") && putsEvents(props)) {
                        out.addAll(forwarder(base, file, e.getKey(), where));
                      } else if (type.equals("AWS::Config::ConfigRule")) {
                        out.addAll(configRule(base, file, e.getKey(), where));
                      } else if (type.equals("AWS::Events::Rule")
                          && props
                              .path("EventPattern")
                              .path("source")
                              .toString()
                              .contains("aws.config")) {
                        out.add(
                            Mutants.Mutant.onProperties(
                                base,
                                file,
                                e.getKey(),
                                "match only COMPLIANT results in " + where,
                                where,
                                p ->
                                    ((ObjectNode)
                                            p.path("EventPattern")
                                                .path("detail")
                                                .path("newEvaluationResult"))
                                        .putArray("complianceType")
                                        .add("COMPLIANT")));
                        if (forwardsToBus(props)) {
                          out.add(
                              Mutants.Mutant.onProperties(
                                  base,
                                  file,
                                  e.getKey(),
                                  "point " + where + " at another account's bus",
                                  where,
                                  p ->
                                      ((ObjectNode) p.path("Targets").path(0))
                                          .put(
                                              "Arn",
                                              "arn:aws:events:eu-west-1:999999999999:event-bus/x")));
                        }
                      } else if (type.equals("AWS::Events::Rule") && forwardsToBus(props)) {
                        out.add(
                            Mutants.Mutant.onProperties(
                                base,
                                file,
                                e.getKey(),
                                "point " + where + " at another account's bus",
                                where,
                                p ->
                                    ((ObjectNode) p.path("Targets").path(0))
                                        .put(
                                            "Arn",
                                            "arn:aws:events:eu-west-1:999999999999:event-bus/x")));
                      }
                    }));
    return out;
  }

  /**
   * A missing-backup Config rule that reports later (the longest age AWS Config accepts) or checks
   * one resource instead of every resource of its type.
   */
  private static List<Mutants.Mutant> configRule(
      Map<String, JsonNode> base, String file, String id, String where) {
    return List.of(
        Mutants.Mutant.onProperties(
            base,
            file,
            id,
            "raise the age of " + where + " to 744 hours",
            where,
            p -> ((ObjectNode) p.path("InputParameters")).put("recoveryPointAgeValue", "744")),
        Mutants.Mutant.onProperties(
            base,
            file,
            id,
            "scope " + where + " to one resource",
            where,
            p -> ((ObjectNode) p.path("Scope")).put("ComplianceResourceId", "vol-0")));
  }

  private static List<Mutants.Mutant> bus(
      Map<String, JsonNode> base, String file, String id, String where) {
    return List.of(
        Mutants.Mutant.onProperties(
            base,
            file,
            id,
            "drop the organization condition of " + where,
            where,
            p ->
                p.path("Policy")
                    .path("Statement")
                    .forEach(s -> ((ObjectNode) s).remove("Condition"))),
        Mutants.Mutant.onProperties(
            base,
            file,
            id,
            "allow every events action in " + where,
            where,
            p ->
                p.path("Policy")
                    .path("Statement")
                    .forEach(s -> ((ObjectNode) s).put("Action", "events:*"))));
  }

  private static List<Mutants.Mutant> forwarder(
      Map<String, JsonNode> base, String file, String id, String where) {
    return List.of(
        Mutants.Mutant.onProperties(
            base,
            file,
            id,
            "widen the resource of " + where + " to *",
            where,
            p -> statement(p).put("Resource", "*")),
        Mutants.Mutant.onProperties(
            base,
            file,
            id,
            "let " + where + " pass any role",
            where,
            p ->
                ((com.fasterxml.jackson.databind.node.ArrayNode)
                        p.path("Policies").path(0).path("PolicyDocument").path("Statement"))
                    .addObject()
                    .put("Effect", "Allow")
                    .put("Action", "iam:PassRole")
                    .put("Resource", "*")),
        Mutants.Mutant.onProperties(
            base,
            file,
            id,
            "trust every AWS principal with " + where,
            where,
            p ->
                p.path("AssumeRolePolicyDocument")
                    .path("Statement")
                    .forEach(s -> ((ObjectNode) s).putObject("Principal").put("AWS", "*"))));
  }

  private static ObjectNode statement(ObjectNode props) {
    return (ObjectNode)
        props.path("Policies").path(0).path("PolicyDocument").path("Statement").path(0);
  }

  private static boolean putsEvents(JsonNode props) {
    return props.path("Policies").toString().contains("events:PutEvents");
  }

  private static boolean forwardsToBus(JsonNode props) {
    for (JsonNode t : props.path("Targets")) {
      if (t.has("RoleArn") && t.path("Arn").toString().contains(":event-bus/")) {
        return true;
      }
    }
    return false;
  }

  /** The proof's findings on {@code model}'s templates with the job-event mutant so described. */
  static List<Finding> findingsOf(dev.airgap.model.AirGapModel model, String mutantDescription) {
    List<dev.airgap.generator.GeneratedTemplate> templates = VerifyFixtures.generate(model);
    Mutants.Mutant mutant =
        all(UnsoundTemplatesTest.trees(templates)).stream()
            .filter(x -> x.description().equals(mutantDescription))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no mutant " + mutantDescription));
    return Verifier.verify(model, Placement.of(model, templates), mutant.trees()).findings();
  }
}
