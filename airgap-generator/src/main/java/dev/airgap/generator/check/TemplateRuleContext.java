package dev.airgap.generator.check;

import dev.airgap.generator.GeneratedTemplate;
import dev.airgap.generator.cfn.Resource;
import dev.airgap.model.AirGapModel;
import java.util.List;

/** What a template rule sees, and where it reports. */
public interface TemplateRuleContext {
  AirGapModel model();

  List<GeneratedTemplate> templates();

  /** Every resource of every template, in template then logical-id order. */
  List<TemplateResource> resources();

  /** A finding on a resource: located at the model element that produced it. */
  void report(
      GeneratedTemplate template,
      String logicalId,
      Resource resource,
      String path,
      String message,
      String hint);

  /** A finding on a model element the template is built from. */
  void report(String modelPointer, String message, String hint);

  /** A finding on a whole template: located at the template file. */
  void report(GeneratedTemplate template, String message, String hint);
}
