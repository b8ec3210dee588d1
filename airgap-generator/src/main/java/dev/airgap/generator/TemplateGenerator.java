package dev.airgap.generator;

import dev.airgap.generator.cfn.Template;
import dev.airgap.generator.units.BackupPoliciesUnit;
import dev.airgap.generator.units.CentralAlertsUnit;
import dev.airgap.generator.units.CentralVaultUnit;
import dev.airgap.generator.units.ManagementUnit;
import dev.airgap.generator.units.MemberBaselineUnit;
import dev.airgap.generator.units.Names;
import dev.airgap.generator.yaml.TemplateWriter;
import dev.airgap.model.AirGapModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Turns a model without errors into one template per unit, in unit id order. */
public final class TemplateGenerator {
  private TemplateGenerator() {}

  public static TemplateGenerator standard() {
    return new TemplateGenerator();
  }

  public List<GeneratedTemplate> generate(AirGapModel model) {
    List<GeneratedTemplate> templates = new ArrayList<>();
    // The backup-policy stacks are rendered while packing; render them again here so every
    // template goes through the same path (rendering is deterministic).
    for (BackupPoliciesUnit.Stack stack : BackupPoliciesUnit.build(model)) {
      templates.add(render(stack.unitId(), stack.template()));
    }
    templates.add(render(Names.CENTRAL_ALERTS, CentralAlertsUnit.build(model)));
    templates.add(render(Names.CENTRAL_VAULT, CentralVaultUnit.build(model)));
    templates.add(render(Names.MANAGEMENT, ManagementUnit.build(model)));
    templates.add(render(Names.MEMBER_BASELINE, MemberBaselineUnit.build(model)));
    templates.sort(Comparator.comparing(GeneratedTemplate::unitId));
    return List.copyOf(templates);
  }

  private static GeneratedTemplate render(String unitId, Template template) {
    return new GeneratedTemplate(unitId, template, TemplateWriter.write(template));
  }
}
