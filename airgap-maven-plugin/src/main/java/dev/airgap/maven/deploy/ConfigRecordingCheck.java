package dev.airgap.maven.deploy;

import dev.airgap.generator.manifest.DeploymentUnit;
import dev.airgap.maven.deploy.Doctor.Check;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Backup Audit Manager's frameworks evaluate what AWS Config records (docs/aws-facts.md §19.1):
 * without a recorder of the AWS Backup resource types in an account and Region, its frameworks
 * report nothing. Config answers only for the calling account, so doctor checks the deploying
 * account in every Region a framework is deployed to, and says that the member and central
 * accounts, where the frameworks are, are not visible from here.
 */
final class ConfigRecordingCheck {
  /** The Config resource types the controls airgap deploys evaluate (§19.1). */
  static final List<String> BACKUP_TYPES =
      List.of(
          "AWS::Backup::BackupPlan",
          "AWS::Backup::BackupSelection",
          "AWS::Backup::BackupVault",
          "AWS::Backup::RecoveryPoint");

  private ConfigRecordingCheck() {}

  /** The Regions of the units whose templates deploy a framework; empty without frameworks. */
  static Set<String> regions(DeployInput input) {
    Set<String> regions = new TreeSet<>();
    for (DeploymentUnit u : input.manifest().units()) {
      if (input.template(u).contains("AWS::Backup::Framework")) {
        regions.addAll(u.regions());
      }
    }
    return regions;
  }

  /**
   * The missing-backup notifications (missingBackupHours) put AWS Config rules into the member
   * baseline (docs/aws-facts.md §17.5): a member account and Region without a recorder fails the
   * stack instance, and a type the recorder leaves out is never reported. Doctor cannot see the
   * member accounts' recorders, so it says where recording is needed and of what.
   */
  static List<Check> missingBackups(DeployInput input) {
    Set<String> regions = new TreeSet<>();
    Set<String> types = new TreeSet<>();
    for (DeploymentUnit u : input.manifest().units()) {
      String template = input.template(u);
      if (template.contains("AWS::Config::ConfigRule")) {
        regions.addAll(u.regions());
        java.util.regex.Matcher m =
            java.util.regex.Pattern.compile("ComplianceResourceTypes:\\s*\\n\\s*-\\s*(\\S+)")
                .matcher(template);
        while (m.find()) {
          types.add(m.group(1));
        }
      }
    }
    if (regions.isEmpty()) {
      return List.of();
    }
    return List.of(
        Doctor.warn(
            "AWS Config recording for the missing-backup notifications",
            "every member account must record "
                + String.join(", ", types)
                + " in "
                + String.join(", ", regions)
                + ": without a configuration recorder the member stack instance fails to create"
                + " the Config rules, and a type left out of recording is never reported;"
                + " doctor cannot see the member accounts' recorders",
            "in each member account and Region: aws configservice describe-configuration-recorder-status"
                + " --region <region> shows a recorder that is recording, and"
                + " describe-configuration-recorders that its recording group includes those"
                + " types"));
  }

  static List<Check> check(Governance governance, DeployInput input, String caller) {
    List<Check> checks = new ArrayList<>(missingBackups(input));
    Set<String> regions = regions(input);
    if (regions.isEmpty()) {
      return checks;
    }
    String who = caller.isEmpty() ? "this account" : "account " + caller;
    for (String region : regions) {
      String title = "AWS Config records AWS Backup resources in " + region + " (" + who + ")";
      List<Governance.ConfigRecorder> recorders;
      try {
        recorders = governance.configRecorders(region);
      } catch (CloudCallException e) {
        checks.add(Doctor.notChecked(title, e));
        continue;
      }
      List<String> missing =
          BACKUP_TYPES.stream()
              .filter(t -> recorders.stream().noneMatch(r -> r.records(t)))
              .toList();
      if (missing.isEmpty()) {
        checks.add(
            Doctor.pass(
                title,
                "recorder "
                    + recorders.stream()
                        .filter(Governance.ConfigRecorder::recording)
                        .map(Governance.ConfigRecorder::name)
                        .findFirst()
                        .orElse("")
                    + " is recording them"));
      } else {
        checks.add(
            Doctor.fail(
                title,
                recorders.isEmpty()
                    ? "no configuration recorder"
                    : recorders.stream().anyMatch(Governance.ConfigRecorder::recording)
                        ? "not recorded: " + String.join(", ", missing)
                        : "recorder " + recorders.get(0).name() + " is stopped",
                fix(region)));
      }
    }
    checks.add(
        Doctor.warn(
            "AWS Config recording in the member and central accounts",
            "not visible from "
                + who
                + ": Config answers for the calling account only; the frameworks in those"
                + " accounts report nothing where recording is off",
            "in each member and central account and Region: " + fix("<region>")));
    return checks;
  }

  private static String fix(String region) {
    return "aws configservice put-configuration-recorder --region "
        + region
        + " --configuration-recorder name=default,roleARN=arn:aws:iam::<account>:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig"
        + " --recording-group '{\"allSupported\":false,\"resourceTypes\":[\""
        + String.join("\",\"", BACKUP_TYPES)
        + "\"]}' && aws configservice put-delivery-channel --region "
        + region
        + " --delivery-channel name=default,s3BucketName=<config-bucket>"
        + " && aws configservice start-configuration-recorder --region "
        + region
        + " --configuration-recorder-name default";
  }
}
