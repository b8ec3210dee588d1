package dev.airgap.model.io;

import dev.airgap.model.BackupIndex;
import dev.airgap.model.BackupPlan;
import dev.airgap.model.BackupTarget;
import dev.airgap.model.CopyToCentral;
import dev.airgap.model.MalwareScan;
import dev.airgap.model.ScanMode;
import dev.airgap.model.Selection;
import dev.airgap.model.Tag;
import dev.airgap.model.io.NodeBinder.MapView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads {@code plans}, the map of plan name to plan, for {@link ModelReader}. */
final class PlanReader {
  private PlanReader() {}

  static Map<String, BackupPlan> plans(NodeBinder binder, MapView root) {
    Map<String, BackupPlan> plans = new LinkedHashMap<>();
    for (Map.Entry<String, SourceNode> entry : root.namedEntries("plans", true).entrySet()) {
      String name = entry.getKey();
      MapView m =
          binder.view(
              entry.getValue(),
              root.pointer("plans") + "/" + ModelReader.escape(name),
              "schedule",
              "scheduleTimezone",
              "startWindowMinutes",
              "completionWindowMinutes",
              "localRetentionDays",
              "coldStorageAfterDays",
              "copyToCentral",
              "selection",
              "malwareScan",
              "index",
              "backupTarget");
      Optional<CopyToCentral> copy = Optional.empty();
      if (m.has("copyToCentral")) {
        MapView c = m.map("copyToCentral", false, "retentionDays", "coldStorageAfterDays");
        copy =
            Optional.of(
                new CopyToCentral(
                    c.integer("retentionDays", true).orElse(1),
                    c.integer("coldStorageAfterDays", false)));
      }
      MapView s = m.map("selection", false, "resourceTypes", "optOutTag", "optInTags");
      Tag optOut = Selection.defaultOptOutTag();
      if (s.has("optOutTag")) {
        MapView t = s.map("optOutTag", false, "key", "value");
        optOut = new Tag(t.requiredString("key"), t.requiredString("value"));
      }
      List<String> types =
          s.has("resourceTypes") ? s.strings("resourceTypes", false, false) : List.of("*");
      plans.put(
          name,
          new BackupPlan(
              name,
              m.string("schedule", ModelReader.DEFAULT_SCHEDULE),
              m.string("scheduleTimezone", false, false),
              m.integer("startWindowMinutes", ModelReader.DEFAULT_START_WINDOW_MINUTES),
              m.integer("completionWindowMinutes", ModelReader.DEFAULT_COMPLETION_WINDOW_MINUTES),
              m.integer("localRetentionDays", true).orElse(1),
              m.integer("coldStorageAfterDays", false),
              copy,
              new Selection(types, optOut, s.stringMap("optInTags")),
              malwareScan(m),
              index(m),
              m.enumValue("backupTarget", BackupTarget.class, BackupTarget.MEMBER_VAULT)));
    }
    return plans;
  }

  private static Optional<MalwareScan> malwareScan(MapView plan) {
    if (!plan.has("malwareScan")) {
      return Optional.empty();
    }
    MapView m = plan.map("malwareScan", false, "mode", "resourceTypes");
    return Optional.of(
        new MalwareScan(
            m.enumValue("mode", ScanMode.class, ScanMode.INCREMENTAL),
            m.has("resourceTypes")
                ? m.strings("resourceTypes", false, false)
                : List.of(MalwareScan.ALL)));
  }

  private static Optional<BackupIndex> index(MapView plan) {
    if (!plan.has("index")) {
      return Optional.empty();
    }
    MapView m = plan.map("index", false, "resourceTypes");
    return Optional.of(new BackupIndex(m.strings("resourceTypes", true, false)));
  }
}
