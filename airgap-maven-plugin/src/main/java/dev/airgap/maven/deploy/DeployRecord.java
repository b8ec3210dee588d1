package dev.airgap.maven.deploy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Listens to a deploy's events and renders its machine-readable report ({@code deploy-report.json})
 * and a markdown summary for CI: per unit its status, start, end and elapsed time, each stack set
 * operation with every account/Region result (status and reason), and the AWS call counts. It also
 * decides which progress lines are worth logging: at most one per operation every 30 s, plus every
 * status change.
 */
public final class DeployRecord implements Consumer<DeployEvent> {
  /** Progress of one operation is logged at most this often (besides status changes). */
  static final Duration PROGRESS_EVERY = Duration.ofSeconds(30);

  private final Clock clock;
  private final Map<String, Instant> started = new HashMap<>();
  private final Map<String, Instant> ended = new HashMap<>();
  private final Map<String, List<DeployEvent.OperationEnded>> operations = new HashMap<>();
  private final Map<String, DeployEvent.Progress> lastLogged = new HashMap<>();
  private final Map<String, Instant> lastLoggedAt = new HashMap<>();

  public DeployRecord(Clock clock) {
    this.clock = clock;
  }

  @Override
  public synchronized void accept(DeployEvent event) {
    Instant now = clock.instant();
    if (event instanceof DeployEvent.UnitBoundary b) {
      (b.started() ? started : ended).put(b.unitId(), now);
    } else if (event instanceof DeployEvent.OperationEnded e) {
      operations.computeIfAbsent(e.unitId(), k -> new ArrayList<>()).add(e);
    }
  }

  /**
   * Whether the log should show the event: not the timing marks, and a running operation's progress
   * only when its status changed or 30 s have passed since its last line.
   */
  public synchronized boolean shouldLog(DeployEvent event) {
    if (event instanceof DeployEvent.UnitBoundary) {
      return false;
    }
    if (event instanceof DeployEvent.Progress p) {
      String key = p.unitId() + " " + p.operationId();
      DeployEvent.Progress before = lastLogged.get(key);
      Instant now = clock.instant();
      boolean show =
          before == null
              || !before.status().equals(p.status())
              || Duration.between(lastLoggedAt.get(key), now).compareTo(PROGRESS_EVERY) >= 0;
      if (show) {
        lastLogged.put(key, p);
        lastLoggedAt.put(key, now);
      }
      return show;
    }
    return true;
  }

  /**
   * {@code done}, {@code refused} (nothing was changed: refused or skipped before any call that
   * changes something) or {@code failed} (partway: the report lists what changed).
   */
  public static String result(DeployReport report) {
    if (report.isSuccess()) {
      return "done";
    }
    return changedUnits(report).isEmpty()
            && report.units().stream()
                .allMatch(
                    u ->
                        u.status() == DeployReport.Status.REFUSED
                            || u.status() == DeployReport.Status.SKIPPED)
        ? "refused"
        : "failed";
  }

  /** Units where something was created, updated or followed. */
  public static List<String> changedUnits(DeployReport report) {
    return report.units().stream()
        .filter(u -> u.actions().stream().anyMatch(a -> !a.equals("no change")))
        .map(DeployReport.UnitOutcome::unitId)
        .toList();
  }

  /** The JSON report; {@code calls} are the AWS call counts by operation. */
  public synchronized String json(DeployReport report, Map<String, Integer> calls) {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("formatVersion", 1);
    root.put("result", result(report));
    ArrayNode changed = root.putArray("changedUnits");
    changedUnits(report).forEach(changed::add);
    ArrayNode units = root.putArray("units");
    for (DeployReport.UnitOutcome u : report.units()) {
      ObjectNode n = units.addObject();
      n.put("unit", u.unitId());
      n.put("name", u.name());
      n.put("status", u.status().name());
      Instant s = started.get(u.unitId());
      Instant e = ended.get(u.unitId());
      n.put("start", s == null ? null : s.toString());
      n.put("end", e == null ? null : e.toString());
      n.put("elapsedSeconds", s == null || e == null ? 0 : Duration.between(s, e).toSeconds());
      ArrayNode actions = n.putArray("actions");
      u.actions().forEach(actions::add);
      n.put("reason", u.error());
      ArrayNode ops = n.putArray("operations");
      for (DeployEvent.OperationEnded op : operations.getOrDefault(u.unitId(), List.of())) {
        ObjectNode o = ops.addObject();
        o.put("operationId", op.operationId());
        o.put("action", op.action());
        o.put("status", op.status());
        o.put("elapsedSeconds", op.elapsed().toSeconds());
        ArrayNode instances = o.putArray("instances");
        op.results().stream()
            .sorted(
                java.util.Comparator.comparing(OperationResult::account)
                    .thenComparing(OperationResult::region))
            .forEach(
                r ->
                    instances
                        .addObject()
                        .put("account", r.account())
                        .put("region", r.region())
                        .put("status", r.status())
                        .put("reason", r.statusReason()));
      }
      ArrayNode failures = n.putArray("failures");
      for (OperationResult f : u.failures()) {
        failures
            .addObject()
            .put("account", f.account())
            .put("region", f.region())
            .put("status", f.status())
            .put("reason", f.statusReason());
      }
    }
    ObjectNode callNode = root.putObject("calls");
    new TreeMap<>(calls).forEach(callNode::put);
    try {
      return mapper.writeValueAsString(root) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
      throw new IllegalStateException(ex);
    }
  }

  /** A markdown summary (for a CI job summary): one row per unit, then every failure. */
  public synchronized String markdown(DeployReport report) {
    StringBuilder md =
        new StringBuilder("### airgap deploy: ").append(result(report)).append("\n\n");
    md.append("| unit | status | elapsed | instances | what happened |\n|---|---|---|---|---|\n");
    for (DeployReport.UnitOutcome u : report.units()) {
      Instant s = started.get(u.unitId());
      Instant e = ended.get(u.unitId());
      long instances =
          operations.getOrDefault(u.unitId(), List.of()).stream()
              .mapToLong(o -> o.results().size())
              .sum();
      md.append("| ")
          .append(u.unitId())
          .append(" | ")
          .append(u.status())
          .append(" | ")
          .append(s == null || e == null ? "-" : Duration.between(s, e).toSeconds() + " s")
          .append(" | ")
          .append(instances)
          .append(" | ")
          .append(
              cell(String.join("; ", u.actions()) + (u.error().isEmpty() ? "" : " " + u.error())))
          .append(" |\n");
    }
    for (DeployReport.UnitOutcome u : report.units()) {
      for (OperationResult f : u.failures()) {
        md.append("\n- ")
            .append(u.unitId())
            .append(' ')
            .append(f.account())
            .append('/')
            .append(f.region())
            .append(' ')
            .append(f.status())
            .append(": ")
            .append(cell(f.statusReason()));
      }
    }
    return md.append('\n').toString();
  }

  private static String cell(String s) {
    return s.strip().replace("|", "\\|").replace("\n", " ");
  }
}
