package dev.airgap.generator.policy;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.BackupIndex;
import dev.airgap.model.BackupPlan;
import dev.airgap.model.MalwareScan;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The plan features of a backup policy beyond schedule, lifecycle and copies (docs/aws-facts.md
 * §4.7; AWS Organizations User Guide, "Backup policy syntax and examples", rules table, "scan
 * settings" and Example 8):
 *
 * <ul>
 *   <li>{@code scan_actions} in the rule, keyed by the scanner {@code GUARDDUTY}, with {@code
 *       scan_mode} {@code FULL_SCAN} or {@code INCREMENTAL_SCAN};
 *   <li>{@code scan_settings} at the plan level, also keyed by {@code GUARDDUTY}, with {@code
 *       resource_types} and the {@code scanner_role_arn} GuardDuty assumes; AWS starts no scan job
 *       unless both are present;
 *   <li>{@code index_actions} in the rule, {@code resource_types} EBS and/or S3.
 * </ul>
 */
public final class PlanFeatures {
  /** The only malware scanner AWS Backup supports (ScanAction.MalwareScanner). */
  public static final String SCANNER = "GUARDDUTY";

  private PlanFeatures() {}

  /** Adds {@code scan_actions} and {@code index_actions} to a rule when the plan asks for them. */
  static void rule(BackupPlan plan, Map<String, Object> rule) {
    plan.index()
        .map(BackupIndex::resourceTypes)
        .ifPresent(
            types ->
                rule.put(
                    "index_actions",
                    Collections.singletonMap("resource_types", assign(sorted(types)))));
    plan.malwareScan()
        .ifPresent(
            scan ->
                rule.put(
                    "scan_actions",
                    Collections.singletonMap(
                        SCANNER,
                        Collections.singletonMap("scan_mode", assign(scan.mode().awsName())))));
  }

  /** Adds {@code scan_settings} to a plan when it scans. */
  static void plan(AirGapModel model, BackupPlan plan, Map<String, Object> content) {
    if (plan.malwareScan().isEmpty()) {
      return;
    }
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("resource_types", assign(sorted(plan.malwareScan().get().resourceTypes())));
    settings.put("scanner_role_arn", assign(scannerRoleArn(model)));
    content.put("scan_settings", Collections.singletonMap(SCANNER, settings));
  }

  /** The scanner role of every member account, as the policy names it. */
  public static String scannerRoleArn(AirGapModel model) {
    return Arns.role(
        model.organization().partition().yamlName(),
        "$account",
        MalwareScan.scannerRoleName(model.members().backupRoleName()));
  }

  /** Whether any plan scans: the member baseline then creates the scanner role. */
  public static boolean anyScan(AirGapModel model) {
    return model.plans().values().stream().anyMatch(p -> p.malwareScan().isPresent());
  }

  /** Whether any plan indexes EBS snapshots, which needs more of the backup role. */
  public static boolean anyEbsIndex(AirGapModel model) {
    return model.plans().values().stream()
        .anyMatch(p -> p.index().map(i -> i.resourceTypes().contains("EBS")).orElse(false));
  }

  private static List<String> sorted(List<String> values) {
    return List.copyOf(new TreeSet<>(values));
  }

  private static Map<String, Object> assign(Object value) {
    return Collections.singletonMap("@@assign", value);
  }
}
