package dev.airgap.model.validate;

import dev.airgap.model.io.ParseProblem;
import dev.airgap.model.validate.rules.LockMinAboveMax;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Every model rule, in id order. A test fails when a class in {@code validate.rules} is missing
 * here, or when two rules share an id.
 */
public final class RuleCatalog {
  private RuleCatalog() {}

  /** The semantic rules (AG1xxx–AG4xxx). */
  public static List<Rule> rules() {
    List<Rule> rules = new ArrayList<>(List.of(
        new LockMinAboveMax()));
    rules.sort(Comparator.comparing(r -> r.info().id()));
    return List.copyOf(rules);
  }

  /** Documentation of every model rule, reading problems included. */
  public static List<RuleInfo> infos() {
    List<RuleInfo> infos = new ArrayList<>();
    Arrays.stream(ParseProblem.values()).map(ParseProblem::info).forEach(infos::add);
    rules().stream().map(Rule::info).forEach(infos::add);
    infos.sort(Comparator.comparing(RuleInfo::id));
    return List.copyOf(infos);
  }
}
