package dev.airgap.generator;

import dev.airgap.generator.cfn.Template;
import dev.airgap.generator.units.UnitId;

/**
 * A unit's template and its rendered bytes.
 *
 * @param unitId e.g. {@code central-vault}; the file is {@code <unitId>.yaml}
 * @param template the typed template
 * @param content its canonical YAML bytes
 */
public record GeneratedTemplate(UnitId unitId, Template template, byte[] content) {
  public GeneratedTemplate {
    content = content.clone();
  }

  @Override
  public byte[] content() {
    return content.clone();
  }

  public String fileName() {
    return unitId.fileName();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GeneratedTemplate g
        && unitId.equals(g.unitId)
        && java.util.Arrays.equals(content, g.content);
  }

  @Override
  public int hashCode() {
    return unitId.hashCode() * 31 + java.util.Arrays.hashCode(content);
  }

  @Override
  public String toString() {
    return "GeneratedTemplate[" + unitId + ", " + content.length + " bytes]";
  }
}
