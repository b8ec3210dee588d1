package dev.airgap.generator.units;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.airgap.generator.Fixtures;
import dev.airgap.generator.cfn.Resource;
import dev.airgap.generator.cfn.Template;
import dev.airgap.generator.policy.BackupPolicyDocument;
import dev.airgap.generator.yaml.TemplateWriter;
import dev.airgap.model.AirGapModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BackupPoliciesUnitTest {
  private static int size(Template t) {
    return TemplateWriter.write(t).length;
  }

  private static List<String> names(List<UnitTemplate> stacks) {
    List<String> names = new ArrayList<>();
    for (UnitTemplate stack : stacks) {
      for (Resource r : stack.template().resources().values()) {
        names.add(TemplateWriter.node(r.properties()).path("Name").asText());
      }
    }
    return names;
  }

  @Test
  @DisplayName("one region fits in one stack, numbered like any other (backup-policies-1)")
  void oneStack() {
    List<UnitTemplate> stacks = BackupPoliciesUnit.build(Fixtures.model("minimal"));
    assertThat(stacks)
        .extracting(UnitTemplate::unitId)
        .containsExactly(UnitId.of("backup-policies-1"));
    assertThat(names(stacks)).containsExactly("airgap-backup");
  }

  @Test
  @DisplayName(
      "17 regions: several stacks, each within 51,200 bytes, every policy exactly once, Content an object")
  void manyRegions() {
    AirGapModel model = Fixtures.model("many-regions");
    List<UnitTemplate> stacks = BackupPoliciesUnit.build(model);
    List<BackupPolicyDocument.Policy> policies = BackupPolicyDocument.build(model).policies();
    assertThat(stacks).hasSizeGreaterThan(1);
    for (int i = 0; i < stacks.size(); i++) {
      assertThat(stacks.get(i).unitId()).isEqualTo(UnitId.of("backup-policies-" + (i + 1)));
      assertThat(BackupPoliciesUnit.ID.numberOf(stacks.get(i).unitId())).hasValue(i + 1);
      assertThat(size(stacks.get(i).template())).isLessThanOrEqualTo(Template.MAX_BODY_BYTES);
    }
    List<String> expected = new ArrayList<>();
    policies.forEach(p -> expected.add("airgap-backup-" + p.index()));
    assertThat(names(stacks)).containsExactlyElementsOf(expected);
    for (UnitTemplate stack : stacks) {
      for (Map.Entry<String, Resource> r : stack.template().resources().entrySet()) {
        JsonNode content = TemplateWriter.node(r.getValue().properties()).path("Content");
        assertThat(content.isObject()).as(r.getKey()).isTrue();
        assertThat(content.path("plans").isObject()).isTrue();
      }
    }
  }

  @Test
  @DisplayName(
      "packing is greedy and deterministic: a stack's next policy would not have fit in it")
  void greedy() {
    AirGapModel model = Fixtures.model("many-regions");
    List<BackupPolicyDocument.Policy> policies = BackupPolicyDocument.build(model).policies();
    int total = policies.size();
    int limit = size(BackupPoliciesUnit.template(model, policies, total)) / 3;
    List<UnitTemplate> stacks = BackupPoliciesUnit.build(model, limit);
    assertThat(BackupPoliciesUnit.build(model, limit)).isEqualTo(stacks);
    assertThat(stacks.size()).isGreaterThanOrEqualTo(3);
    int next = 0;
    for (int i = 0; i < stacks.size(); i++) {
      int count = stacks.get(i).template().resources().size();
      List<BackupPolicyDocument.Policy> mine = policies.subList(next, next + count);
      assertThat(size(BackupPoliciesUnit.template(model, mine, total))).isLessThanOrEqualTo(limit);
      next += count;
      if (next < total) {
        List<BackupPolicyDocument.Policy> plusOne = policies.subList(next - count, next + 1);
        assertThat(size(BackupPoliciesUnit.template(model, plusOne, total))).isGreaterThan(limit);
      }
    }
    assertThat(next).isEqualTo(total);
    // A limit below any single policy still gives every policy a stack (AG5003 then reports them).
    assertThat(BackupPoliciesUnit.build(model, 1)).hasSize(total);
  }
}
