package dev.airgap.generator.check;

import com.fasterxml.jackson.databind.JsonNode;
import dev.airgap.generator.GeneratedTemplate;
import dev.airgap.generator.cfn.Resource;
import dev.airgap.generator.manifest.DeploymentUnit.UnitKind;
import dev.airgap.generator.policy.ScpDocument;
import dev.airgap.generator.units.UnitCatalog;
import dev.airgap.generator.units.UnitId;
import dev.airgap.model.AirGapModel;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;
import java.util.TreeSet;

/**
 * AG5006: stack set templates build ARNs with {@code ${AWS::Partition}}, never a literal {@code
 * arn:aws:} (docs/aws-facts.md §1.3, §11 #5). Values the user wrote (admin ARNs, the deploy role,
 * an existing key) are theirs; the plain stacks in the management account are not checked: their
 * organization policies carry the model's partition literally because a backup policy's
 * copy_actions key cannot be computed (§4.5).
 */
public final class NoHardCodedPartition implements TemplateRule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG5006",
          Severity.ERROR,
          "No hard-coded partition in stack set templates",
          "ARNs written as arn:aws: break in aws-cn and aws-us-gov, where an organization may live (docs/aws-facts.md §1.3, §11 #5).",
          "Generator bug: build the ARN with Fn::Sub and ${AWS::Partition}.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(TemplateRuleContext context) {
    TreeSet<String> userValues = userValues(context.model());
    for (TemplateResource tr : context.resources()) {
      UnitId unit = tr.template().unitId();
      if (UnitCatalog.unitOf(unit).deployment(context.model(), unit).build().kind()
          == UnitKind.STACK) {
        continue;
      }
      walk(
          context,
          tr.template(),
          tr.logicalId(),
          tr.resource(),
          tr.properties(),
          "Properties",
          userValues);
    }
  }

  private static TreeSet<String> userValues(AirGapModel model) {
    // The break-glass roles are admins named with the model's partition, as central.admins are.
    TreeSet<String> values = new TreeSet<>(ScpDocument.admins(model));
    model
        .central()
        .breakGlass()
        .ifPresent(
            b -> {
              values.addAll(b.restore());
              values.addAll(b.vaultAdmin());
            });
    // ...and so are the event-pattern wildcards of the Identity Center break-glass roles.
    dev.airgap.generator.policy.BreakGlassRoles.viaIdentityCenter(model)
        .forEach(
            s ->
                values.add(
                    dev.airgap.generator.policy.BreakGlassRoles.identityCenterRoleWildcard(
                        model, s)));
    model.deploy().roleArn().ifPresent(values::add);
    model.central().key().arn().ifPresent(values::add);
    model.members().key().arn().ifPresent(values::add);
    model.central().key().keyAccount().ifPresent(k -> values.addAll(k.admins()));
    return values;
  }

  private void walk(
      TemplateRuleContext context,
      GeneratedTemplate template,
      String id,
      Resource r,
      JsonNode node,
      String path,
      TreeSet<String> userValues) {
    if (node.isTextual()) {
      String text = node.asText();
      if (text.matches("(?s).*arn:aws(-[a-z-]+)?:.*") && !userValues.contains(text)) {
        context.report(template, id, r, path, "literal partition in '" + text + "'", INFO.fix());
      }
    } else if (node.isContainerNode()) {
      if (node.isObject()) {
        node.properties()
            .iterator()
            .forEachRemaining(
                f ->
                    walk(
                        context,
                        template,
                        id,
                        r,
                        f.getValue(),
                        path + "/" + f.getKey(),
                        userValues));
      } else {
        for (int i = 0; i < node.size(); i++) {
          walk(context, template, id, r, node.get(i), path + "/" + i, userValues);
        }
      }
    }
  }
}
