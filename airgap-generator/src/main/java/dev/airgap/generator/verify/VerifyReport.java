package dev.airgap.generator.verify;

import dev.airgap.model.validate.Finding;
import java.util.List;
import java.util.Set;

/**
 * What verify found.
 *
 * @param findings AG6xxx findings, each with its counterexample in the message
 * @param table the proof table
 * @param assumptions what is assumed rather than proven, printed as such
 * @param cells one key per breached cell (rule, position, configuration, call, resource form): the
 *     mutation suite compares these between the real and the weakened templates
 */
public record VerifyReport(
    List<Finding> findings, ProofTable table, List<String> assumptions, Set<String> cells) {
  public VerifyReport {
    findings = List.copyOf(findings);
    assumptions = List.copyOf(assumptions);
    cells = Set.copyOf(cells);
  }

  public boolean sound() {
    return findings.isEmpty();
  }

  /** The proof table, the assumptions, then every finding with its chain. */
  public String render() {
    StringBuilder b = new StringBuilder(table.render());
    b.append("\nAssumed, not proven:\n");
    assumptions.forEach(a -> b.append("  - ").append(a).append('\n'));
    b.append('\n');
    findings.forEach(
        f ->
            b.append(f.ruleId())
                .append(' ')
                .append(f.severity().word())
                .append(": ")
                .append(f.message())
                .append("\n\n"));
    return b.toString();
  }
}
