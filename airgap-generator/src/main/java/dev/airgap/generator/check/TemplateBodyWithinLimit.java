package dev.airgap.generator.check;

import dev.airgap.generator.GeneratedTemplate;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/**
 * AG5003: a template fits in a {@code TemplateBody} request (51,200 bytes, docs/aws-facts.md §8.1).
 */
public final class TemplateBodyWithinLimit implements TemplateRule {
  static final int LIMIT = dev.airgap.generator.cfn.Template.MAX_BODY_BYTES;
  static final int DESCRIPTION_LIMIT = 1_024;

  private static final RuleInfo INFO =
      new RuleInfo(
          "AG5003",
          Severity.ERROR,
          "Template body within 51,200 bytes and description within 1,024 bytes",
          "Deploy passes templates as TemplateBody, which CloudFormation limits to 51,200 bytes; a larger"
              + " template would need an S3 bucket (docs/aws-facts.md §8.1). Descriptions are limited to 1,024 bytes.",
          "Use fewer plans, e-mail addresses or admins, or shorter names.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(TemplateRuleContext context) {
    for (GeneratedTemplate template : context.templates()) {
      int size = template.content().length;
      if (size > LIMIT) {
        context.report(
            template,
            "template body is " + size + " bytes, over the limit of " + LIMIT,
            INFO.fix());
      }
      int description =
          template
              .template()
              .description()
              .getBytes(java.nio.charset.StandardCharsets.UTF_8)
              .length;
      if (description > DESCRIPTION_LIMIT) {
        context.report(
            template,
            "description is " + description + " bytes, over the limit of " + DESCRIPTION_LIMIT,
            INFO.fix());
      }
    }
  }
}
