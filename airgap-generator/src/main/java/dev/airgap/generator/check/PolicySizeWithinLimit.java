package dev.airgap.generator.check;

import com.fasterxml.jackson.databind.JsonNode;
import dev.airgap.generator.GeneratedTemplate;
import dev.airgap.generator.cfn.CfnValue;
import dev.airgap.generator.cfn.Resource;
import dev.airgap.generator.yaml.TemplateWriter;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * AG5002: policy documents stay within AWS's size limits, measured minified as AWS measures them
 * (facts.md §6.1: SCP 5,120 characters; §4.6: backup policy 10,000; §5.1: key policy 32,768
 * bytes; §7.1: event pattern 2,048 characters).
 */
public final class PolicySizeWithinLimit implements TemplateRule {
  static final int SCP_LIMIT = 5_120;
  static final int BACKUP_POLICY_LIMIT = 10_000;
  static final int KEY_POLICY_LIMIT = 32_768;
  static final int EVENT_PATTERN_LIMIT = 2_048;

  private static final RuleInfo INFO = new RuleInfo("AG5002", Severity.ERROR,
      "Policy documents within AWS size limits",
      "AWS rejects an SCP over 5,120 characters, a backup policy over 10,000 characters, a key policy over"
          + " 32,768 bytes and (service quota) an event pattern over 2,048 characters; CloudFormation sends"
          + " documents unminified, so airgap measures the minified form it must fit (facts.md §4.6, §5.1, §6.1, §7.1).",
      "Shorten the admin list (use wildcard patterns), use fewer plans or regions, or split the policy.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(TemplateRuleContext context) {
    for (TemplateResource tr : context.resources()) {
      GeneratedTemplate template = tr.template();
      Resource r = tr.resource();
      Map<String, CfnValue> props = r.properties().entries();
      switch (r.type()) {
        case "AWS::Organizations::Policy" -> {
          String type = props.get("Type") instanceof CfnValue.Text t ? t.value() : "";
          int length = TemplateWriter.minifiedJson(props.get("Content")).length();
          int limit = type.equals("BACKUP_POLICY") ? BACKUP_POLICY_LIMIT : SCP_LIMIT;
          limit(context, template, tr.logicalId(), r, "Content", type + " document", length, limit, "characters");
        }
        case "AWS::CloudFormation::CustomResource" -> {
          if (props.get("PolicyContent") instanceof CfnValue.Text t) {
            limit(context, template, tr.logicalId(), r, "PolicyContent", "SCP document", t.value().length(), SCP_LIMIT,
                "characters");
          }
        }
        case "AWS::KMS::Key" -> {
          int bytes = TemplateWriter.minifiedJson(props.get("KeyPolicy")).getBytes(StandardCharsets.UTF_8).length;
          limit(context, template, tr.logicalId(), r, "KeyPolicy", "key policy", bytes, KEY_POLICY_LIMIT, "bytes");
        }
        case "AWS::Events::Rule" -> {
          CfnValue pattern = props.get("EventPattern");
          if (pattern != null) {
            limit(context, template, tr.logicalId(), r, "EventPattern", "event pattern",
                TemplateWriter.minifiedJson(pattern).length(), EVENT_PATTERN_LIMIT, "characters");
          }
        }
        default -> { }
      }
    }
  }

  private static void limit(TemplateRuleContext context, GeneratedTemplate template, String id, Resource r, String path,
      String what, int size, int limit, String unit) {
    if (size > limit) {
      context.report(template, id, r, path,
          what + " is " + size + " " + unit + " minified, over the limit of " + limit, INFO.fix());
    }
  }

  static int size(JsonNode node) {
    return node.toString().length();
  }
}
