package dev.airgap.generator.check;

import dev.airgap.generator.cfn.CfnValue;
import dev.airgap.generator.cfn.Resource;
import dev.airgap.generator.facts.PolicyLimit;
import dev.airgap.generator.facts.ResourceFact;
import dev.airgap.generator.facts.ResourceFacts;
import dev.airgap.generator.yaml.TemplateWriter;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * AG5002: policy documents stay within AWS's size limits, measured minified as AWS measures them.
 * Which properties carry a policy, and their limits, are the {@code policyLimits} of {@link
 * ResourceFacts} (docs/aws-facts.md §6.1: SCP 5,120 characters; §4.6: backup policy 10,000; §5.1:
 * key policy 32,768 bytes; §7.1: event pattern 2,048 characters).
 */
public final class PolicySizeWithinLimit implements TemplateRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG5002",
          Severity.ERROR,
          "Policy documents within AWS size limits",
          "AWS rejects an SCP over 5,120 characters, a backup policy over 10,000 characters, a key policy over"
              + " 32,768 bytes and (service quota) an event pattern over 2,048 characters; CloudFormation sends"
              + " documents unminified, so airgap measures the minified form it must fit (docs/aws-facts.md §4.6, §5.1, §6.1, §7.1).",
          "Shorten the admin list (use wildcard patterns), use fewer plans or regions, or split the policy.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(TemplateRuleContext context) {
    for (TemplateResource tr : context.resources()) {
      Resource r = tr.resource();
      Optional<ResourceFact> fact = ResourceFacts.of(r.type());
      if (fact.isEmpty()) {
        continue;
      }
      Map<String, CfnValue> props = r.properties().entries();
      for (PolicyLimit limit : fact.get().policyLimits()) {
        boolean applies =
            limit
                .when()
                .map(
                    w ->
                        props.get(w.property()) instanceof CfnValue.Text t
                            && t.value().equals(w.value()))
                .orElse(true);
        CfnValue document = props.get(limit.property());
        if (!applies || document == null) {
          continue;
        }
        size(document, limit.measure())
            .ifPresent(
                size -> {
                  if (size > limit.limit()) {
                    context.report(
                        tr.template(),
                        tr.logicalId(),
                        r,
                        limit.property(),
                        limit.document()
                            + " is "
                            + size
                            + " "
                            + limit.measure().unit()
                            + " minified, over the limit of "
                            + limit.limit(),
                        INFO.fix());
                  }
                });
      }
    }
  }

  /**
   * The size as AWS counts it; empty when the value is not a document yet (an intrinsic instead of
   * text).
   */
  private static Optional<Integer> size(CfnValue document, PolicyLimit.Measure measure) {
    return switch (measure) {
      case MINIFIED_JSON_CHARACTERS -> Optional.of(TemplateWriter.minifiedJson(document).length());
      case MINIFIED_JSON_BYTES ->
          Optional.of(
              TemplateWriter.minifiedJson(document).getBytes(StandardCharsets.UTF_8).length);
      case TEXT_CHARACTERS ->
          document instanceof CfnValue.Text t ? Optional.of(t.value().length()) : Optional.empty();
    };
  }
}
