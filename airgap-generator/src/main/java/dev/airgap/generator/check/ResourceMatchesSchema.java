package dev.airgap.generator.check;

import dev.airgap.generator.cfn.Resource;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG5001: every resource's properties match the official CloudFormation resource schema. */
public final class ResourceMatchesSchema implements TemplateRule {
  private static final RuleInfo INFO = new RuleInfo("AG5001", Severity.ERROR,
      "Generated resource matches its CloudFormation resource schema",
      "CloudFormation rejects a property of the wrong type, pattern or range only at deploy time, after"
          + " other resources were created (official resource provider schemas, facts.md source key [Schema T]).",
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
      for (String problem : ResourceSchemas.validate(r.type(), tr.properties())) {
        context.report(tr.template(), tr.logicalId(), r, "Properties" + problem.substring(0, problem.indexOf(": ")),
            problem.substring(problem.indexOf(": ") + 2) + " (schema of " + r.type() + ")", "");
      }
    }
  }
}
