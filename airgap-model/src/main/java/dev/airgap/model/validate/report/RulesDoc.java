package dev.airgap.model.validate.report;

import dev.airgap.model.validate.RuleInfo;
import java.util.List;

/** Renders docs/rules.md from rule metadata; a test keeps the committed file current. */
public final class RulesDoc {
  private RulesDoc() {}

  public static String render(List<RuleInfo> rules) {
    StringBuilder out = new StringBuilder();
    out.append("# airgap rules\n\n");
    out.append("Generated from the rule classes; do not edit by hand. Regenerate with\n");
    out.append("`./mvnw -B test -Dairgap.updateGolden=true`.\n\n");
    out.append("Severity is a default: a POM can change it without renaming the rule.\n");
    String category = "";
    for (RuleInfo info : rules) {
      if (!info.category().equals(category)) {
        category = info.category();
        out.append("\n## ").append(category).append("\n\n");
        out.append("| id | severity | checks | why | how to fix |\n");
        out.append("|---|---|---|---|---|\n");
      }
      out.append("| ")
          .append(info.id())
          .append(" | ")
          .append(info.defaultSeverity().word())
          .append(" | ")
          .append(cell(info.title()))
          .append(" | ")
          .append(cell(info.why()))
          .append(" | ")
          .append(cell(info.fix()))
          .append(" |\n");
    }
    return out.toString();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
