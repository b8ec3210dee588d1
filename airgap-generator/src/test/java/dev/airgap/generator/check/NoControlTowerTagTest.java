package dev.airgap.generator.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.airgap.generator.Fixtures;
import dev.airgap.generator.GeneratedTemplate;
import dev.airgap.generator.TemplateGenerator;
import dev.airgap.generator.cfn.CfnValue;
import dev.airgap.generator.cfn.Resource;
import dev.airgap.generator.cfn.Template;
import dev.airgap.generator.yaml.TemplateWriter;
import dev.airgap.model.AirGapModel;
import dev.airgap.model.io.ReadResult;
import dev.airgap.model.validate.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NoControlTowerTagTest {
  private static final ReadResult READ = Fixtures.read("minimal");
  private static final AirGapModel MODEL = READ.model().orElseThrow();

  private static List<Finding> ag5012(List<GeneratedTemplate> templates) {
    return new TemplateChecks()
        .check(MODEL, templates, READ.sourceMap()).stream()
            .filter(f -> f.ruleId().equals("AG5012"))
            .toList();
  }

  /** The real central-vault template with {@code tags} added to its vault. */
  private static List<GeneratedTemplate> vaultTagged(String property, CfnValue tags) {
    List<GeneratedTemplate> out = new ArrayList<>();
    for (GeneratedTemplate g : TemplateGenerator.standard().generate(MODEL)) {
      if (!g.unitId().value().equals("central-vault")) {
        out.add(g);
        continue;
      }
      Map<String, Resource> resources = new TreeMap<>();
      g.template()
          .resources()
          .forEach(
              (id, r) -> {
                if (r.type().equals("AWS::Backup::BackupVault")) {
                  Map<String, CfnValue> props = new TreeMap<>(r.properties().entries());
                  props.put(property, tags);
                  r =
                      new Resource(
                          r.type(),
                          r.condition(),
                          r.dependsOn(),
                          r.deletionPolicy(),
                          r.updateReplacePolicy(),
                          r.metadata(),
                          new CfnValue.MapValue(props, true),
                          r.modelPointer());
                }
                resources.put(id, r);
              });
      Template t = g.template();
      Template tagged =
          new Template(t.description(), t.parameters(), t.conditions(), resources, t.outputs());
      out.add(new GeneratedTemplate(g.unitId(), tagged, TemplateWriter.write(tagged)));
    }
    return out;
  }

  @Test
  @DisplayName("AG5012: no generated template of any golden case carries the aws-control-tower tag")
  void generatedTemplatesAreClean() {
    assertThat(ag5012(TemplateGenerator.standard().generate(MODEL))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"aws-control-tower", "AWS-Control-Tower"})
  @DisplayName(
      "AG5012: a vault tagged aws-control-tower (map form, any case) is an error at the vault")
  void mapTag(String key) {
    List<Finding> findings =
        ag5012(vaultTagged("BackupVaultTags", CfnValue.map().put(key, "managed").build()));
    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.pointer()).isEqualTo("/central/vault");
              assertThat(f.message())
                  .contains("BackupVaultTags")
                  .contains("carries the tag key aws-control-tower");
            });
  }

  @Test
  @DisplayName("AG5012: the list-of-Key/Value form is caught too; other tags are fine")
  void listTag() {
    CfnValue list =
        new CfnValue.ListValue(
            List.of(
                CfnValue.map().put("Key", "team").put("Value", "backup").build(),
                CfnValue.map().put("Key", "aws-control-tower").put("Value", "managed").build()));
    assertThat(ag5012(vaultTagged("Tags", list))).hasSize(1);
    CfnValue harmless =
        new CfnValue.ListValue(
            List.of(CfnValue.map().put("Key", "aws-control-tower-x").put("Value", "1").build()));
    assertThat(ag5012(vaultTagged("Tags", harmless))).isEmpty();
  }
}
