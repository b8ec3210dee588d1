package dev.airgap.model.validate.report;

import dev.airgap.model.validate.Finding;
import dev.airgap.model.validate.Findings;

/**
 * The default rendering: location first, so IDEs and CI logs link it, then a summary line.
 *
 * <pre>
 * airgap.yaml:12:7: error: /central/vault/lock/minRetentionDays: must be ≤ maxRetentionDays (35) [AG2003]
 *     hint: lower minRetentionDays or raise maxRetentionDays; AWS Backup requires min ≤ max
 * airgap: 1 error, 0 warnings (rules: docs/rules.md)
 * </pre>
 */
public final class HumanReport {
  private HumanReport() {}

  /** One finding, with its hint line when it has one; no trailing newline. */
  public static String line(Finding f) {
    String pointer = f.pointer().isEmpty() ? "/" : f.pointer();
    String main =
        f.location()
            + ": "
            + f.severity().word()
            + ": "
            + pointer
            + ": "
            + f.message()
            + " ["
            + f.ruleId()
            + "]";
    return f.hintText().map(h -> main + "\n    hint: " + h).orElse(main);
  }

  public static String summary(Findings findings) {
    long errors = findings.errorCount();
    long warnings = findings.warningCount();
    return "airgap: "
        + errors
        + (errors == 1 ? " error, " : " errors, ")
        + warnings
        + (warnings == 1 ? " warning" : " warnings")
        + " (rules: docs/rules.md)";
  }

  /** Every finding, then the summary, each line ending in LF. */
  public static String render(Findings findings) {
    StringBuilder out = new StringBuilder();
    for (Finding f : findings.all()) {
      out.append(line(f)).append('\n');
    }
    return out.append(summary(findings)).append('\n').toString();
  }
}
