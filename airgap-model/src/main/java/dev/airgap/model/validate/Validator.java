package dev.airgap.model.validate;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.io.ReadResult;
import dev.airgap.model.io.SourceMap;
import dev.airgap.model.validate.rules.UnmadeChoice;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs every rule over a read model and returns all findings at once, located and sorted. Rules
 * report pointers; this class adds positions from the {@link SourceMap} and applies severity
 * overrides.
 */
public final class Validator {
  private final List<Rule> rules;
  private final Map<String, Severity> severityOverrides;

  public Validator(List<Rule> rules, Map<String, Severity> severityOverrides) {
    this.rules = List.copyOf(rules);
    this.severityOverrides = Map.copyOf(severityOverrides);
  }

  /** The built-in rules, default severities. */
  public static Validator standard() {
    return new Validator(RuleCatalog.rules(), Map.of());
  }

  /** Reading findings plus, when a model was bound, every rule's findings. */
  public Findings validate(ReadResult read) {
    List<Finding> all = new ArrayList<>();
    for (Finding finding : read.findings()) {
      all.add(withSeverity(finding));
    }
    if (read.model().isPresent()) {
      AirGapModel model = read.model().get();
      for (Rule rule : rules) {
        ContextForRule context = new ContextForRule(read, rule.info(), all);
        rule.check(model, context);
      }
    }
    return new Findings(withoutFindingsOnPlaceholders(all));
  }

  /**
   * A TODO placeholder of airgap:init (AG1090) is the one thing to say about its value: that it is
   * not, say, a 12-digit account id (AG1001) follows and would only repeat it.
   */
  private static List<Finding> withoutFindingsOnPlaceholders(List<Finding> all) {
    java.util.Set<String> placeholders = new java.util.HashSet<>();
    for (Finding f : all) {
      if (f.ruleId().equals(UnmadeChoice.ID)) {
        placeholders.add(f.pointer());
      }
    }
    if (placeholders.isEmpty()) {
      return all;
    }
    return all.stream()
        .filter(f -> f.ruleId().equals(UnmadeChoice.ID) || !placeholders.contains(f.pointer()))
        .toList();
  }

  private Finding withSeverity(Finding finding) {
    Severity override = severityOverrides.get(finding.ruleId());
    return override == null
        ? finding
        : new Finding(
            finding.ruleId(),
            override,
            finding.pointer(),
            finding.message(),
            finding.hint(),
            finding.location());
  }

  private final class ContextForRule implements RuleContext {
    private final ReadResult read;
    private final RuleInfo info;
    private final List<Finding> sink;

    ContextForRule(ReadResult read, RuleInfo info, List<Finding> sink) {
      this.read = read;
      this.info = info;
      this.sink = sink;
    }

    @Override
    public boolean isUsable(String pointer) {
      return read.isUsable(pointer);
    }

    @Override
    public boolean isWritten(String pointer) {
      return read.writtenPointers().contains(pointer);
    }

    @Override
    public Map<String, String> writtenStrings() {
      return read.sourceMap().strings();
    }

    @Override
    public void report(String pointer, String message, String hint) {
      Severity severity = severityOverrides.getOrDefault(info.id(), info.defaultSeverity());
      sink.add(
          new Finding(
              info.id(), severity, pointer, message, hint, read.sourceMap().locate(pointer)));
    }
  }
}
