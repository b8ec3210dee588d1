package dev.airgap.model.validate;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.BackupPlan;
import dev.airgap.model.CopyToCentral;
import dev.airgap.model.VaultLock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The AWS Backup Audit Manager controls of the model's frameworks, each parameter read from the
 * plan it audits (docs/aws-facts.md §19): the one definition the generator renders and the rules
 * count, so a framework looser than its plan cannot be written.
 */
public final class FrameworkControls {
  private FrameworkControls() {}

  /** Controls per account per Region, across all frameworks (docs/aws-facts.md §19.1). */
  public static final int MAX_CONTROLS_PER_ACCOUNT_AND_REGION = 50;

  /** The age limit of the last-recovery-point control in hours (docs/aws-facts.md §19.2). */
  public static final int MAX_RECOVERY_POINT_AGE_HOURS = 744;

  /**
   * One control of a framework.
   *
   * @param name the control name AWS Backup Audit Manager defines
   * @param parameters input parameters by name, sorted
   */
  public record Control(String name, Map<String, String> parameters) {
    public Control {
      parameters = java.util.Collections.unmodifiableMap(new TreeMap<>(parameters));
    }
  }

  /** A framework: its name and controls. */
  public record Framework(String name, String pointer, List<Control> controls) {
    public Framework {
      controls = List.copyOf(controls);
    }
  }

  /**
   * One framework per plan, deployed in every member account and Region: retention of the member
   * recovery points, the plan's frequency and retention, encryption, the age of the last recovery
   * point, the copy to the central account and the member vault lock when the model has one.
   */
  public static List<Framework> member(AirGapModel model) {
    List<Framework> out = new ArrayList<>();
    if (!model.frameworks()) {
      return out;
    }
    for (BackupPlan plan : model.plans().values()) {
      String days = String.valueOf(plan.localRetentionDays());
      List<Control> controls = new ArrayList<>();
      controls.add(
          new Control(
              "BACKUP_RECOVERY_POINT_MINIMUM_RETENTION_CHECK",
              Map.of("requiredRetentionDays", days)));
      Optional<ScheduleInterval.Interval> interval = ScheduleInterval.of(plan.schedule());
      interval.ifPresent(
          i ->
              controls.add(
                  new Control(
                      "BACKUP_PLAN_MIN_FREQUENCY_AND_MIN_RETENTION_CHECK",
                      Map.of(
                          "requiredFrequencyUnit", i.unit(),
                          "requiredFrequencyValue", String.valueOf(i.value()),
                          "requiredRetentionDays", days))));
      controls.add(new Control("BACKUP_RECOVERY_POINT_ENCRYPTED", Map.of()));
      interval
          .map(i -> recoveryPointAgeHours(plan, i))
          .filter(h -> h <= MAX_RECOVERY_POINT_AGE_HOURS)
          .ifPresent(
              h ->
                  controls.add(
                      new Control(
                          "BACKUP_LAST_RECOVERY_POINT_CREATED",
                          Map.of(
                              "recoveryPointAgeUnit",
                              "hours",
                              "recoveryPointAgeValue",
                              String.valueOf(h)))));
      if (plan.copyToCentral().isPresent()) {
        // The central account by name: a copy to any other account is not the air gap.
        controls.add(
            new Control(
                "BACKUP_RESOURCES_PROTECTED_BY_CROSS_ACCOUNT",
                Map.of("crossAccountList", model.central().account())));
      }
      model.members().vault().lock().ifPresent(lock -> controls.add(vaultLock(lock)));
      out.add(new Framework(name(model, plan.name()), "/plans/" + plan.name(), controls));
    }
    return out;
  }

  /**
   * One framework in each central Region for the copies: their retention is at least the shortest
   * copy retention of any plan (every copy's plan keeps at least that), and they are encrypted.
   */
  public static List<Framework> central(AirGapModel model) {
    Optional<Integer> shortest =
        model.plans().values().stream()
            .flatMap(p -> p.copyToCentral().stream())
            .map(CopyToCentral::retentionDays)
            .min(Integer::compare);
    if (!model.frameworks() || shortest.isEmpty()) {
      return List.of();
    }
    List<Control> controls = new ArrayList<>();
    controls.add(
        new Control(
            "BACKUP_RECOVERY_POINT_MINIMUM_RETENTION_CHECK",
            Map.of("requiredRetentionDays", String.valueOf(shortest.get()))));
    controls.add(new Control("BACKUP_RECOVERY_POINT_ENCRYPTED", Map.of()));
    maxRestoreMinutes(model)
        .ifPresent(
            minutes ->
                controls.add(
                    new Control(RESTORE_TIME, Map.of("maxRestoreTime", String.valueOf(minutes)))));
    return List.of(new Framework(name(model, "central-copies"), "/plans", controls));
  }

  /** The restore-time control, audited where restore testing restores: the central account. */
  public static final String RESTORE_TIME = "RESTORE_TIME_FOR_RESOURCES_MEET_TARGET";

  /**
   * The restore-time target in minutes: the model's own {@code maxRestoreMinutes} and nothing
   * derived. The validation window is how long a restored resource is kept, not how long the
   * restore took, so it says nothing about the target (docs/aws-facts.md §19.2).
   */
  public static Optional<Integer> maxRestoreMinutes(AirGapModel model) {
    return model
        .central()
        .restoreTesting()
        .flatMap(
            t ->
                t.maxRestoreMinutes().isPresent()
                    ? Optional.of(t.maxRestoreMinutes().getAsInt())
                    : Optional.empty());
  }

  /**
   * The lock control with the member lock's own retention bounds (parameter names of
   * docs/aws-facts.md §19.2), so a lock weakened below the model is non-compliant evidence.
   */
  private static Control vaultLock(VaultLock lock) {
    Map<String, String> parameters = new TreeMap<>();
    parameters.put("minRetentionDays", String.valueOf(lock.minRetentionDays()));
    lock.maxRetentionDays()
        .ifPresent(max -> parameters.put("maxRetentionDays", String.valueOf(max)));
    return new Control("BACKUP_RESOURCES_PROTECTED_BY_BACKUP_VAULT_LOCK", parameters);
  }

  /**
   * How old the newest recovery point may be while the plan keeps its schedule: the longest gap
   * between two runs, plus the start and completion windows within which a job may start and end.
   */
  public static int recoveryPointAgeHours(BackupPlan plan, ScheduleInterval.Interval interval) {
    int windowMinutes = plan.startWindowMinutes() + plan.completionWindowMinutes();
    return interval.hours() + (windowMinutes + 59) / 60;
  }

  /** Framework names allow letters, digits and underscores only (docs/aws-facts.md §19.1). */
  public static String name(AirGapModel model, String suffix) {
    return (model.deploy().stackSetNamePrefix() + "_" + suffix).replaceAll("[^A-Za-z0-9_]", "_");
  }

  /** Controls in one member account and Region. */
  public static int memberControlCount(AirGapModel model) {
    return member(model).stream().mapToInt(f -> f.controls().size()).sum();
  }
}
