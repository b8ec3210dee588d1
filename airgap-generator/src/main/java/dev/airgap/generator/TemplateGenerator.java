package dev.airgap.generator;

import dev.airgap.generator.units.Unit;
import dev.airgap.generator.units.UnitCatalog;
import dev.airgap.generator.units.UnitTemplate;
import dev.airgap.generator.yaml.TemplateWriter;
import dev.airgap.model.AirGapModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns a model without errors into the templates of every unit in {@link UnitCatalog}, in unit id
 * order.
 */
public final class TemplateGenerator {
  private TemplateGenerator() {}

  public static TemplateGenerator standard() {
    return new TemplateGenerator();
  }

  public List<GeneratedTemplate> generate(AirGapModel model) {
    List<GeneratedTemplate> templates = new ArrayList<>();
    for (Unit unit : UnitCatalog.UNITS) {
      for (UnitTemplate t : unit.templates(model)) {
        templates.add(
            new GeneratedTemplate(t.unitId(), t.template(), TemplateWriter.write(t.template())));
      }
    }
    templates.sort(Comparator.comparing(GeneratedTemplate::unitId));
    return List.copyOf(templates);
  }
}
