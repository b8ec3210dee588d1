package dev.airgap.generator;

import dev.airgap.generator.cfn.Template;
import dev.airgap.generator.units.CentralAlertsUnit;
import dev.airgap.generator.units.CentralVaultUnit;
import dev.airgap.generator.units.ManagementUnit;
import dev.airgap.generator.units.MemberBaselineUnit;
import dev.airgap.generator.units.Names;
import dev.airgap.generator.yaml.TemplateWriter;
import dev.airgap.model.AirGapModel;
import java.util.List;

/** Turns a model without errors into one template per unit, in unit id order. */
public final class TemplateGenerator {
  private TemplateGenerator() {}

  public static TemplateGenerator standard() {
    return new TemplateGenerator();
  }

  public List<GeneratedTemplate> generate(AirGapModel model) {
    return List.of(
        render(Names.CENTRAL_ALERTS, CentralAlertsUnit.build(model)),
        render(Names.CENTRAL_VAULT, CentralVaultUnit.build(model)),
        render(Names.MANAGEMENT, ManagementUnit.build(model)),
        render(Names.MEMBER_BASELINE, MemberBaselineUnit.build(model)));
  }

  private static GeneratedTemplate render(String unitId, Template template) {
    return new GeneratedTemplate(unitId, template, TemplateWriter.write(template));
  }
}
