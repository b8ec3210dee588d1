package dev.airgap.model.io;

import dev.airgap.model.Alerts;
import dev.airgap.model.BreakGlass;
import dev.airgap.model.JobNotifications;
import dev.airgap.model.MultiPartyApproval;
import dev.airgap.model.RestoreTesting;
import dev.airgap.model.io.NodeBinder.MapView;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The optional parts of {@code central} (alerts with job notifications, multi-party approval,
 * break-glass, restore testing), read as strictly as the rest: each is absent unless its key is.
 */
final class CentralOptions {
  private CentralOptions() {}

  static Optional<RestoreTesting> restoreTesting(NodeBinder binder, MapView central) {
    if (!central.has("restoreTesting")) {
      return Optional.empty();
    }
    MapView m =
        central.map(
            "restoreTesting",
            false,
            "schedule",
            "startWindowHours",
            "regions",
            "recoveryPoints",
            "lookbackDays",
            "selections",
            "maxRestoreMinutes");
    Map<String, RestoreTesting.RestoreTestSelection> selections = new LinkedHashMap<>();
    for (Map.Entry<String, SourceNode> e : m.namedEntries("selections", true).entrySet()) {
      // A type with nothing to set is written "EBS: {}"; YAML's bare "EBS:" is null, also fine.
      MapView s =
          e.getValue() instanceof SourceNode.ScalarNode n && n.kind() == SourceNode.ScalarKind.NULL
              ? null
              : binder.view(
                  e.getValue(),
                  m.pointer("selections") + "/" + ModelReader.escape(e.getKey()),
                  "validationWindowHours");
      selections.put(
          e.getKey(),
          new RestoreTesting.RestoreTestSelection(
              e.getKey(),
              s == null
                  ? java.util.OptionalInt.empty()
                  : s.integer("validationWindowHours", false)));
    }
    return Optional.of(
        new RestoreTesting(
            m.string("schedule", RestoreTesting.DEFAULT_SCHEDULE),
            m.integer("startWindowHours", RestoreTesting.DEFAULT_START_WINDOW_HOURS),
            m.strings("regions", false, false),
            m.enumValue(
                "recoveryPoints",
                RestoreTesting.RecoveryPoints.class,
                RestoreTesting.RecoveryPoints.LATEST),
            m.integer("lookbackDays", RestoreTesting.DEFAULT_LOOKBACK_DAYS),
            selections,
            m.integer("maxRestoreMinutes", false)));
  }

  static Alerts alerts(MapView m) {
    Optional<JobNotifications> jobs = Optional.empty();
    if (m.has("jobNotifications")) {
      MapView j = m.map("jobNotifications", false, "email", "missingBackupHours");
      jobs =
          Optional.of(
              new JobNotifications(
                  j.strings("email", false, false), j.integer("missingBackupHours", false)));
    }
    return new Alerts(m.strings("email", false, false), jobs);
  }

  static Optional<MultiPartyApproval> multiPartyApproval(MapView central) {
    if (!central.has("multiPartyApproval")) {
      return Optional.empty();
    }
    MapView m =
        central.map(
            "multiPartyApproval",
            false,
            "account",
            "identityCenterInstanceArn",
            "identityCenterRegion",
            "approvers",
            "minApprovals");
    return Optional.of(
        new MultiPartyApproval(
            m.requiredId("account"),
            m.requiredString("identityCenterInstanceArn"),
            m.requiredString("identityCenterRegion"),
            m.strings("approvers", true, false),
            m.integer("minApprovals", true).orElse(2)));
  }

  static java.util.Optional<BreakGlass> breakGlass(MapView central) {
    if (!central.has("breakGlass")) {
      return java.util.Optional.empty();
    }
    MapView m = central.map("breakGlass", false, "restore", "vaultAdmin", "identityCenter");
    java.util.Optional<dev.airgap.model.IdentityCenterBreakGlass> identityCenter =
        java.util.Optional.empty();
    if (m.has("identityCenter")) {
      MapView ic =
          m.map(
              "identityCenter",
              false,
              "instanceArn",
              "region",
              "restoreGroupId",
              "vaultAdminGroupId");
      identityCenter =
          java.util.Optional.of(
              new dev.airgap.model.IdentityCenterBreakGlass(
                  ic.requiredString("instanceArn"),
                  ic.requiredString("region"),
                  ic.string("restoreGroupId", false, false),
                  ic.string("vaultAdminGroupId", false, false)));
    }
    return java.util.Optional.of(
        new BreakGlass(
            m.strings("restore", false, false),
            m.strings("vaultAdmin", false, false),
            identityCenter));
  }
}
