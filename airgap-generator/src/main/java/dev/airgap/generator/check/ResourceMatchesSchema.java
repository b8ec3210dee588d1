package dev.airgap.generator.check;

import dev.airgap.generator.cfn.Resource;
import dev.airgap.generator.facts.ResourceFacts;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/**
 * AG5001: every resource is of a type in {@link ResourceFacts}, and its properties match that
 * type's official CloudFormation resource schema.
 */
public final class ResourceMatchesSchema implements TemplateRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG5001",
          Severity.ERROR,
          "Generated resource matches its CloudFormation resource schema",
          "CloudFormation rejects a property of the wrong type, pattern or range only at deploy time, after"
              + " other resources were created (official resource provider schemas, docs/aws-facts.md source key [Schema T]).",
          "This is a generator bug or a model value that slipped past validation: report it with the message;"
              + " the path names the property.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(TemplateRuleContext context) {
    for (TemplateResource tr : context.resources()) {
      Resource r = tr.resource();
      if (ResourceFacts.of(r.type()).isEmpty()) {
        // Without a row the diff, the Retain check and the size checks know nothing of the type.
        context.report(
            tr.template(),
            tr.logicalId(),
            r,
            "Type",
            "airgap has no facts for "
                + r.type()
                + ": add its official schema to check/schemas and a row to ResourceFacts",
            "");
        continue;
      }
      for (String problem : ResourceSchemas.validate(r.type(), tr.properties())) {
        context.report(
            tr.template(),
            tr.logicalId(),
            r,
            "Properties" + problem.substring(0, problem.indexOf(": ")),
            problem.substring(problem.indexOf(": ") + 2) + " (schema of " + r.type() + ")",
            "");
      }
    }
  }
}
