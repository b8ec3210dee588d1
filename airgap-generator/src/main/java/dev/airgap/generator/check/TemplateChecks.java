package dev.airgap.generator.check;

import dev.airgap.generator.GeneratedTemplate;
import dev.airgap.generator.cfn.Resource;
import dev.airgap.generator.yaml.TemplateWriter;
import dev.airgap.model.AirGapModel;
import dev.airgap.model.io.SourceLocation;
import dev.airgap.model.io.SourceMap;
import dev.airgap.model.validate.Finding;
import dev.airgap.model.validate.RuleInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs every template rule. A finding about a resource points at the model element that produced it
 * (its pointer and that element's line in airgap.yaml), and names the template, logical id and
 * property path in the message; a finding about a whole template points at the template file.
 */
public final class TemplateChecks {
  public TemplateChecks() {}

  public List<Finding> check(
      AirGapModel model, List<GeneratedTemplate> templates, SourceMap sourceMap) {
    List<Finding> findings = new ArrayList<>();
    List<TemplateResource> resources = new ArrayList<>();
    for (GeneratedTemplate template : templates) {
      template
          .template()
          .resources()
          .forEach(
              (logicalId, resource) ->
                  resources.add(
                      new TemplateResource(
                          template,
                          logicalId,
                          resource,
                          TemplateWriter.node(resource.properties()))));
    }
    for (TemplateRule rule : TemplateRuleCatalog.rules()) {
      RuleInfo info = rule.info();
      rule.check(
          new TemplateRuleContext() {
            @Override
            public AirGapModel model() {
              return model;
            }

            @Override
            public List<GeneratedTemplate> templates() {
              return templates;
            }

            @Override
            public List<TemplateResource> resources() {
              return resources;
            }

            @Override
            public void report(String modelPointer, String message, String hint) {
              findings.add(
                  new Finding(
                      info.id(),
                      info.defaultSeverity(),
                      modelPointer,
                      message,
                      hint,
                      sourceMap.locate(modelPointer)));
            }

            @Override
            public void report(
                GeneratedTemplate template,
                String logicalId,
                Resource resource,
                String path,
                String message,
                String hint) {
              findings.add(
                  new Finding(
                      info.id(),
                      info.defaultSeverity(),
                      resource.modelPointer(),
                      template.fileName()
                          + " "
                          + logicalId
                          + (path.isEmpty() ? "" : " " + path)
                          + ": "
                          + message,
                      hint,
                      sourceMap.locate(resource.modelPointer())));
            }

            @Override
            public void report(GeneratedTemplate template, String message, String hint) {
              findings.add(
                  new Finding(
                      info.id(),
                      info.defaultSeverity(),
                      "",
                      template.fileName() + ": " + message,
                      hint,
                      new SourceLocation(template.fileName(), 1, 1)));
            }
          });
    }
    return findings;
  }
}
