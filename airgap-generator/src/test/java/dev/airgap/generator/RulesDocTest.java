package dev.airgap.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.report.RulesDoc;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * docs/rules.md lists every model rule, template check and verify rule; rewrite it with
 * -Dairgap.updateGolden=true.
 */
class RulesDocTest {

  static List<RuleInfo> allRules() {
    return AllRules.infos();
  }

  @Test
  @DisplayName("rule ids are unique across model rules, template checks and verify")
  void idsAreUnique() {
    assertThat(allRules()).extracting(RuleInfo::id).doesNotHaveDuplicates();
  }

  @Test
  @DisplayName("docs/rules.md is current")
  void rulesDocIsCurrent() {
    byte[] content = RulesDoc.render(allRules()).getBytes(StandardCharsets.UTF_8);
    Golden.assertDirectory(
        Golden.repoRoot().resolve("docs"),
        List.of(new GeneratedFile("rules.md", content)),
        "rules.md");
  }
}
