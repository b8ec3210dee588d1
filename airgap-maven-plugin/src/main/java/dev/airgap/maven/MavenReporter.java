package dev.airgap.maven;

import dev.airgap.model.validate.Finding;
import dev.airgap.model.validate.Findings;
import dev.airgap.model.validate.report.HumanReport;
import org.apache.maven.plugin.logging.Log;

/** Writes findings to the Maven log, one line each, in {@link HumanReport} form. */
final class MavenReporter {
  private MavenReporter() {}

  /** Every finding at ERROR or WARN, then the summary (at INFO when there is no finding). */
  static void log(Log log, Findings findings) {
    for (Finding f : findings.all()) {
      for (String line : HumanReport.line(f).split("\n")) {
        if (f.isError()) {
          log.error(line);
        } else {
          log.warn(line);
        }
      }
    }
    if (findings.all().isEmpty()) {
      log.info(HumanReport.summary(findings));
    } else if (findings.hasErrors()) {
      log.error(HumanReport.summary(findings));
    } else {
      log.warn(HumanReport.summary(findings));
    }
  }
}
