package dev.airgap.model.validate;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.BackupPlan;
import dev.airgap.model.JobNotifications;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The AWS Config managed rules that report a resource without a recent recovery point
 * (central.alerts.jobNotifications.missingBackupHours, docs/aws-facts.md §17.5): one per resource
 * type, each periodic, NON_COMPLIANT when a resource of its type has no recovery point newer than
 * {@code recoveryPointAgeValue} {@code recoveryPointAgeUnit}. Shared by the model rules and the
 * member baseline so that what is validated is what is generated.
 */
public final class MissingBackupChecks {
  private MissingBackupChecks() {}

  /** The largest {@code recoveryPointAgeValue} in hours the rules accept (§17.5). */
  public static final int MAX_HOURS = 744;

  /**
   * One managed rule.
   *
   * @param name airgap's short name of the type, also in the Config rule's name
   * @param identifier the managed rule's {@code SourceIdentifier}
   * @param resourceType the AWS Config resource type the rule evaluates
   * @param service the ARN service of the resources, as a plan's {@code resourceTypes} names them
   * @param resourcePrefix the start of the ARN's resource part
   */
  public record Check(
      String name, String identifier, String resourceType, String service, String resourcePrefix) {
    /** Whether a plan's resource type pattern selects resources this rule evaluates. */
    public boolean coveredBy(String pattern) {
      if (pattern.equals("*")) {
        // Backup gateway VMs only when named: its rule is missing in more Regions (§17.5).
        return !service.equals("backup-gateway");
      }
      String[] parts = pattern.split(":", 6);
      if (parts.length < 6 || !(parts[2].equals(service) || parts[2].equals("*"))) {
        return false;
      }
      String resource = parts[5];
      int star = resource.indexOf('*');
      String fixed = star < 0 ? resource : resource.substring(0, star);
      return fixed.startsWith(resourcePrefix) || resourcePrefix.startsWith(fixed);
    }
  }

  /** The managed rules of the AWS Config Developer Guide, "List of AWS Config Managed Rules". */
  public static final List<Check> ALL =
      List.of(
          new Check(
              "aurora",
              "AURORA_LAST_BACKUP_RECOVERY_POINT_CREATED",
              "AWS::RDS::DBCluster",
              "rds",
              "cluster:"),
          new Check(
              "dynamodb",
              "DYNAMODB_LAST_BACKUP_RECOVERY_POINT_CREATED",
              "AWS::DynamoDB::Table",
              "dynamodb",
              "table/"),
          new Check(
              "ebs",
              "EBS_LAST_BACKUP_RECOVERY_POINT_CREATED",
              "AWS::EC2::Volume",
              "ec2",
              "volume/"),
          new Check(
              "ec2",
              "EC2_LAST_BACKUP_RECOVERY_POINT_CREATED",
              "AWS::EC2::Instance",
              "ec2",
              "instance/"),
          new Check(
              "efs",
              "EFS_LAST_BACKUP_RECOVERY_POINT_CREATED",
              "AWS::EFS::FileSystem",
              "elasticfilesystem",
              "file-system/"),
          new Check(
              "fsx",
              "FSX_LAST_BACKUP_RECOVERY_POINT_CREATED",
              "AWS::FSx::FileSystem",
              "fsx",
              "file-system/"),
          new Check(
              "rds",
              "RDS_LAST_BACKUP_RECOVERY_POINT_CREATED",
              "AWS::RDS::DBInstance",
              "rds",
              "db:"),
          new Check("s3", "S3_LAST_BACKUP_RECOVERY_POINT_CREATED", "AWS::S3::Bucket", "s3", ""),
          new Check(
              "vm",
              "VIRTUALMACHINE_LAST_BACKUP_RECOVERY_POINT_CREATED",
              "AWS::BackupGateway::VirtualMachine",
              "backup-gateway",
              "vm/"));

  /**
   * Regions of the aws partition where the AWS Config pages of these rules say they are not
   * available (§17.5); the China partition is excluded as a whole.
   */
  public static final List<String> UNAVAILABLE_REGIONS =
      List.of(
          "ap-east-2",
          "ap-southeast-5",
          "ap-southeast-6",
          "ap-southeast-7",
          "ca-west-1",
          "il-central-1",
          "mx-central-1");

  /** The hours the model sets, when it asks for the alert. */
  public static OptionalInt hours(AirGapModel model) {
    Optional<JobNotifications> jobs = model.central().alerts().jobNotifications();
    return jobs.isPresent() ? jobs.get().missingBackupHours() : OptionalInt.empty();
  }

  /** The rules the plans need: those whose type some plan's resource types select. */
  public static List<Check> of(AirGapModel model) {
    List<Check> out = new ArrayList<>();
    for (Check c : ALL) {
      boolean selected =
          model.plans().values().stream()
              .flatMap(p -> p.selection().resourceTypes().stream())
              .anyMatch(c::coveredBy);
      if (selected) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * The age a plan that keeps its schedule reaches before its next job may start: the longest gap
   * between two runs plus the start window. A shorter age reports every resource of the plan on
   * ordinary days.
   */
  public static OptionalInt scheduleHours(BackupPlan plan) {
    return ScheduleInterval.of(plan.schedule())
        .map(i -> OptionalInt.of(i.hours() + (plan.startWindowMinutes() + 59) / 60))
        .orElse(OptionalInt.empty());
  }

  /**
   * The age a plan that keeps its schedule may reach before its next job completes: also the
   * completion window (as the framework control BACKUP_LAST_RECOVERY_POINT_CREATED, {@link
   * FrameworkControls#recoveryPointAgeHours}).
   */
  public static OptionalInt windowHours(BackupPlan plan) {
    return ScheduleInterval.of(plan.schedule())
        .map(i -> OptionalInt.of(FrameworkControls.recoveryPointAgeHours(plan, i)))
        .orElse(OptionalInt.empty());
  }
}
