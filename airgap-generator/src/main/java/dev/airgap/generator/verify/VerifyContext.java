package dev.airgap.generator.verify;

import dev.airgap.generator.verify.iam.Principal;
import dev.airgap.model.io.SourceLocation;
import dev.airgap.model.validate.Finding;
import dev.airgap.model.validate.RuleInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a verify rule sees (the assembled templates, the positions) and where it reports. */
public final class VerifyContext {
  final World world;
  final List<Position> positions;
  final ProofTable table = new ProofTable();
  final List<Finding> findings = new ArrayList<>();
  final Set<String> cells = new LinkedHashSet<>();
  final Set<String> assumptions = new LinkedHashSet<>();
  private final Map<String, AttackSearch.Result> searches = new HashMap<>();
  private RuleInfo current;

  VerifyContext(World world) {
    this.world = world;
    this.positions = Positions.of(world);
  }

  void use(RuleInfo rule) {
    this.current = rule;
  }

  /**
   * Whether configuration calls are this position's by design: a delegated administrator runs the
   * stack set operations that deploy airgap, so it stands where the deploy role stands, and is held
   * to the same line (property 3: configuration yes, data and lock actions never).
   */
  boolean mayConfigure(Position p) {
    return p.kind() == Position.Kind.DEPLOY_ROLE || p.kind() == Position.Kind.DELEGATED_ADMIN;
  }

  /** Shortest chains from a position to every destruction goal of a configuration (cached). */
  AttackSearch.Result search(Position p, Configuration c, boolean withConfiguration) {
    String key = p.start().arn() + "|" + c.vaultArn() + "|" + withConfiguration;
    return searches.computeIfAbsent(
        key, k -> new AttackSearch(world, c).run(p, Goals.destruction(c, withConfiguration)));
  }

  /**
   * Reports breaches of one rule for one position and configuration, one finding per call, listing
   * the resource forms and the shortest chain of the first.
   */
  void reportChains(Position p, Configuration c, Map<Goal, Chain> chains, String headline) {
    Map<String, List<Map.Entry<Goal, Chain>>> byAction = new LinkedHashMap<>();
    chains
        .entrySet()
        .forEach(
            e ->
                byAction
                    .computeIfAbsent(
                        e.getKey().call().action() + (e.getKey().youngPoint() ? " young" : ""),
                        k -> new ArrayList<>())
                    .add(e));
    byAction.forEach(
        (action, list) -> {
          Chain shortest =
              list.stream()
                  .map(Map.Entry::getValue)
                  .min(java.util.Comparator.comparingInt(ch -> ch.steps().size()))
                  .orElseThrow();
          List<String> forms = list.stream().map(e -> e.getKey().form()).toList();
          list.forEach(
              e ->
                  cells.add(
                      current.id()
                          + "|"
                          + p.kind()
                          + "|"
                          + p.start().arn()
                          + "|"
                          + c.region()
                          + "|"
                          + e.getKey().label()));
          Goal first = list.get(0).getKey();
          report(
              c.vaultFile(),
              c.modelPointer(),
              headline
                  + " "
                  + p.kind().label()
                  + " can "
                  + first.call().action()
                  + (first.youngPoint() ? " (a point within MinRetentionDays)" : "")
                  + " on "
                  + forms
                  + " of "
                  + c.vaultArn()
                  + " in "
                  + shortest.steps().size()
                  + " call(s): "
                  + shortest,
              hint());
        });
  }

  /** A finding not tied to a chain; {@code cell} identifies it for the mutation suite. */
  void report(String file, String pointer, String message, String hint) {
    cells.add(current.id() + "|" + message.replaceAll("\\s+", " "));
    findings.add(
        new Finding(
            current.id(),
            current.defaultSeverity(),
            pointer,
            message,
            hint,
            new SourceLocation(file.isEmpty() ? "airgap.yaml" : file, 1, 1)));
  }

  private String hint() {
    return current.fix();
  }

  /** A principal's one-line description. */
  static String who(Principal p) {
    return p.label() + " " + p.arn();
  }
}
