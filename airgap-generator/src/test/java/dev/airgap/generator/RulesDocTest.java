package dev.airgap.generator;

import dev.airgap.generator.check.TemplateRuleCatalog;
import dev.airgap.model.validate.RuleCatalog;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.report.RulesDoc;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** docs/rules.md lists every model and template rule; rewrite it with -Dairgap.updateGolden=true. */
class RulesDocTest {

  static List<RuleInfo> allRules() {
    List<RuleInfo> infos = new ArrayList<>(RuleCatalog.infos());
    infos.addAll(TemplateRuleCatalog.infos());
    infos.sort(Comparator.comparing(RuleInfo::id));
    return infos;
  }

  @Test
  @DisplayName("docs/rules.md is current")
  void rulesDocIsCurrent() {
    byte[] content = RulesDoc.render(allRules()).getBytes(StandardCharsets.UTF_8);
    Golden.assertDirectory(Golden.repoRoot().resolve("docs"), List.of(new GeneratedFile("rules.md", content)),
        "rules.md");
  }
}
