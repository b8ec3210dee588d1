package dev.airgap.generator.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.airgap.generator.GeneratedTemplate;
import dev.airgap.generator.cfn.CfnValue;
import dev.airgap.generator.cfn.Resource;
import dev.airgap.generator.policy.KnownActions;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;
import java.io.IOException;

/**
 * AG5004: every IAM action in a generated policy exists. IAM does not reject unknown action names,
 * so a typo silently protects nothing (docs/aws-facts.md §6.1, §11 #1: the sample's {@code
 * backup:DeleteVaultAccessPolicy}).
 */
public final class IamActionExists implements TemplateRule {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG5004",
          Severity.ERROR,
          "IAM action names in generated policies exist",
          "IAM accepts any action name, so a misspelt action in a deny statement protects nothing and nobody"
              + " notices (docs/aws-facts.md §6.1, §11 #1).",
          "Generator bug: correct the action name against the Service Authorization Reference.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(TemplateRuleContext context) {
    for (TemplateResource tr : context.resources()) {
      Resource r = tr.resource();
      if (r.properties().entries().get("PolicyContent") instanceof CfnValue.Text text) {
        try {
          walk(
              context,
              tr.template(),
              tr.logicalId(),
              r,
              JSON.readTree(text.value()),
              "PolicyContent");
        } catch (IOException ex) {
          context.report(
              tr.template(),
              tr.logicalId(),
              r,
              "PolicyContent",
              "is not JSON: " + ex.getMessage(),
              "");
        }
      }
      walk(context, tr.template(), tr.logicalId(), r, tr.properties(), "Properties");
    }
  }

  private void walk(
      TemplateRuleContext context,
      GeneratedTemplate template,
      String id,
      Resource r,
      JsonNode node,
      String path) {
    if (node.isObject()) {
      boolean statement = node.has("Effect");
      node.properties()
          .iterator()
          .forEachRemaining(
              f -> {
                String childPath = path + "/" + f.getKey();
                if (statement && (f.getKey().equals("Action") || f.getKey().equals("NotAction"))) {
                  JsonNode actions = f.getValue();
                  if (actions.isTextual()) {
                    checkAction(context, template, id, r, actions.asText(), childPath);
                  } else {
                    for (int i = 0; i < actions.size(); i++) {
                      checkAction(
                          context, template, id, r, actions.get(i).asText(), childPath + "/" + i);
                    }
                  }
                } else {
                  walk(context, template, id, r, f.getValue(), childPath);
                }
              });
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(context, template, id, r, node.get(i), path + "/" + i);
      }
    }
  }

  private void checkAction(
      TemplateRuleContext context,
      GeneratedTemplate template,
      String id,
      Resource r,
      String action,
      String path) {
    if (!KnownActions.isKnown(action)) {
      context.report(
          template,
          id,
          r,
          path,
          "unknown IAM action '" + action + "'",
          KnownActions.suggestion(action).map(s -> "did you mean " + s + "? ").orElse("")
              + INFO.fix());
    }
  }
}
