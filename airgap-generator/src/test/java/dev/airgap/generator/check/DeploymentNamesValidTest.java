package dev.airgap.generator.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.airgap.generator.AirGapCompiler;
import dev.airgap.generator.CompileResult;
import dev.airgap.generator.bench.ScaleModels;
import dev.airgap.model.io.ModelReader;
import dev.airgap.model.validate.Finding;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG5011 DeploymentNamesValid")
class DeploymentNamesValidTest {
  private static CompileResult compile(String prefix) {
    String yaml = ScaleModels.yaml(0, 1, 1) + "deploy:\n  stackSetNamePrefix: " + prefix + "\n";
    return AirGapCompiler.standard()
        .compile(ModelReader.read("airgap.yaml", yaml.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Finding> ag5011(CompileResult result) {
    return result.findings().all().stream().filter(f -> f.ruleId().equals("AG5011")).toList();
  }

  @Test
  @DisplayName(
      "a 111-character prefix passed the old <prefix>-member-baseline check (127 characters) but"
          + " makes 129-character stack names: refused, located at the prefix, nothing written")
  void prefixOf111() {
    CompileResult result = compile("a".repeat(111));
    assertThat(("a".repeat(111) + "-member-baseline").length()).isEqualTo(127);
    assertThat(result.findings().all()).extracting(Finding::ruleId).doesNotContain("AG4005");
    List<Finding> findings = ag5011(result);
    assertThat(findings)
        .extracting(Finding::message)
        .containsExactlyInAnyOrder(
            "stack name '"
                + "a".repeat(111)
                + "-backup-policies-1' of backup-policies-1.yaml has 129 characters; at most 128"
                + " are allowed",
            "stack name '"
                + "a".repeat(111)
                + "-management-alerts' of management-alerts.yaml has 129 characters; at most 128"
                + " are allowed");
    assertThat(findings)
        .allSatisfy(
            f -> {
              assertThat(f.isError()).isTrue();
              assertThat(f.pointer()).isEqualTo("/deploy/stackSetNamePrefix");
              assertThat(f.location().line()).isGreaterThan(1);
              assertThat(f.hint())
                  .isEqualTo("shorten deploy.stackSetNamePrefix to at most 110 characters");
            });
    assertThat(result.files()).isEmpty();
  }

  @Test
  @DisplayName(
      "boundary: a 110-character prefix makes stack names of at most 128 characters (the shorter"
          + " limits of rule and policy names built from the prefix are AG5001's, at those resources)")
  void prefixOf110() {
    CompileResult result = compile("a".repeat(110));
    assertThat(ag5011(result)).isEmpty();
    assertThat(result.findings().all())
        .filteredOn(Finding::isError)
        .extracting(Finding::ruleId)
        .containsOnly("AG5001");
  }
}
