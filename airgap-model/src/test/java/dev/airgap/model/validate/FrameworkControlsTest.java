package dev.airgap.model.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.BackupPlan;
import dev.airgap.model.CopyToCentral;
import dev.airgap.model.io.ModelReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The framework of each plan is never looser than the plan: every threshold equals the plan's own
 * value, for many generated plans.
 */
class FrameworkControlsTest {
  private static final String[] SCHEDULES = {
    "cron(0 5 ? * * *)",
    "cron(0 0/6 ? * * *)",
    "cron(0 */3 ? * * *)",
    "cron(0 6 ? * SUN *)",
    "cron(0 6 ? * MON,WED,FRI *)",
    "cron(0 3 1 * ? *)"
  };

  @Test
  @DisplayName(
      "every generated threshold equals the model's value: plans, lock, restore target (300 random models)")
  void thresholdsEqualPlanValues() {
    Random random = new Random(13);
    for (int run = 0; run < 300; run++) {
      int plans = 1 + random.nextInt(4);
      String head = TestModels.BASIC.split("\nplans:")[0];
      Integer restoreMinutes = random.nextBoolean() ? 1 + random.nextInt(2880) : null;
      if (random.nextBoolean()) {
        head =
            TestModels.replace(
                head,
                "  alerts:\n",
                "  restoreTesting:\n    selections: { EBS: {} }\n"
                    + (restoreMinutes == null
                        ? ""
                        : "    maxRestoreMinutes: " + restoreMinutes + "\n")
                    + "  alerts:\n");
      } else {
        restoreMinutes = null;
      }
      Integer lockMin = random.nextBoolean() ? 1 + random.nextInt(30) : null;
      Integer lockMax = lockMin != null && random.nextBoolean() ? 31 + random.nextInt(400) : null;
      if (lockMin != null) {
        head +=
            "  vault:\n    name: local\n    lock: { mode: governance, minRetentionDays: "
                + lockMin
                + (lockMax == null ? "" : ", maxRetentionDays: " + lockMax)
                + " }\n";
      }
      StringBuilder yaml = new StringBuilder(head);
      yaml.append("\nplans:\n");
      for (int i = 0; i < plans; i++) {
        yaml.append("  p")
            .append(i)
            .append(":\n    schedule: ")
            .append(SCHEDULES[random.nextInt(SCHEDULES.length)])
            .append("\n    localRetentionDays: ")
            .append(1 + random.nextInt(400))
            .append("\n    startWindowMinutes: ")
            .append(60 + random.nextInt(600))
            .append("\n    completionWindowMinutes: ")
            .append(120 + random.nextInt(20000))
            .append("\n");
        if (random.nextBoolean()) {
          yaml.append("    copyToCentral: { retentionDays: ")
              .append(7 + random.nextInt(300))
              .append(" }\n");
        }
      }
      yaml.append("evidence:\n  frameworks: true\n");
      AirGapModel model =
          ModelReader.read("airgap.yaml", yaml.toString().getBytes(StandardCharsets.UTF_8))
              .model()
              .orElseThrow();
      for (FrameworkControls.Framework f : FrameworkControls.member(model)) {
        BackupPlan plan = model.plans().get(f.pointer().substring("/plans/".length()));
        var interval = ScheduleInterval.of(plan.schedule());
        for (FrameworkControls.Control c : f.controls()) {
          Map<String, String> p = c.parameters();
          if (p.containsKey("requiredRetentionDays")) {
            assertThat(Integer.parseInt(p.get("requiredRetentionDays")))
                .as(c.name() + " of " + plan.name())
                .isEqualTo(plan.localRetentionDays());
          }
          if (p.containsKey("requiredFrequencyValue")) {
            int hours =
                Integer.parseInt(p.get("requiredFrequencyValue"))
                    * (p.get("requiredFrequencyUnit").equals("days") ? 24 : 1);
            assertThat(hours).isEqualTo(interval.orElseThrow().hours());
            assertThat(p.get("requiredFrequencyUnit").equals("hours") ? hours : hours / 24)
                .isLessThanOrEqualTo(p.get("requiredFrequencyUnit").equals("hours") ? 24 : 31);
          }
          if (p.containsKey("recoveryPointAgeValue")) {
            int windows = plan.startWindowMinutes() + plan.completionWindowMinutes();
            assertThat(Integer.parseInt(p.get("recoveryPointAgeValue")))
                .isEqualTo(interval.orElseThrow().hours() + (windows + 59) / 60)
                .isBetween(1, 744);
          }
        }
        f.controls().stream()
            .filter(c -> c.name().equals("BACKUP_RESOURCES_PROTECTED_BY_CROSS_ACCOUNT"))
            .forEach(
                c ->
                    assertThat(c.parameters())
                        .as("copies go to the central account, no other")
                        .isEqualTo(Map.of("crossAccountList", model.central().account())));
        var lock =
            f.controls().stream()
                .filter(c -> c.name().equals("BACKUP_RESOURCES_PROTECTED_BY_BACKUP_VAULT_LOCK"))
                .findFirst();
        assertThat(lock.isPresent())
            .as("the lock control exactly with a lock")
            .isEqualTo(lockMin != null);
        if (lockMin != null) {
          Map<String, String> expected = new java.util.TreeMap<>();
          expected.put("minRetentionDays", String.valueOf(lockMin));
          if (lockMax != null) {
            expected.put("maxRetentionDays", String.valueOf(lockMax));
          }
          assertThat(lock.get().parameters()).as("the lock's own bounds").isEqualTo(expected);
        }
        assertThat(f.controls())
            .extracting(FrameworkControls.Control::name)
            .as("the copy control exactly when the plan copies")
            .contains("BACKUP_RECOVERY_POINT_MINIMUM_RETENTION_CHECK")
            .matches(
                names ->
                    names.contains("BACKUP_RESOURCES_PROTECTED_BY_CROSS_ACCOUNT")
                        == plan.copyToCentral().isPresent());
      }
      int shortest =
          model.plans().values().stream()
              .flatMap(pl -> pl.copyToCentral().stream())
              .mapToInt(CopyToCentral::retentionDays)
              .min()
              .orElse(-1);
      for (FrameworkControls.Framework f : FrameworkControls.central(model)) {
        assertThat(f.controls().get(0).parameters().get("requiredRetentionDays"))
            .isEqualTo(String.valueOf(shortest));
        Integer minutes = restoreMinutes;
        assertThat(
                f.controls().stream()
                    .filter(c -> c.name().equals(FrameworkControls.RESTORE_TIME))
                    .map(c -> c.parameters())
                    .toList())
            .as("the restore-time control exactly with a target, and with the model's minutes")
            .isEqualTo(
                minutes == null
                    ? java.util.List.of()
                    : java.util.List.of(Map.of("maxRestoreTime", String.valueOf(minutes))));
      }
      assertThat(FrameworkControls.central(model).isEmpty()).isEqualTo(shortest < 0);
    }
  }
}
