package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.BackupPlan;
import dev.airgap.model.RestoreTesting;
import dev.airgap.model.validate.ModelFields;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;
import java.util.List;
import java.util.Map;

/**
 * AG4201: a restore test names a resource type some plan copies into the central vault. A test of a
 * type no copy exists of finds no recovery point and never runs, which looks like success.
 */
public final class RestoreTestTypeNotCopied implements Rule {
  static final String P = "/central/restoreTesting";

  /**
   * The ARN service and the start of the resource part of each restore-testing type, as a plan's
   * {@code resourceTypes} ARN pattern names them (AWS Backup, "Supported services by resource";
   * docs/aws-facts.md §16.2). Aurora, DocumentDB and Neptune are all RDS clusters.
   */
  static final Map<String, List<String>> ARN_FORMS =
      Map.of(
          "Aurora", List.of("rds", "cluster:"),
          "DocumentDB", List.of("rds", "cluster:"),
          "Neptune", List.of("rds", "cluster:"),
          "RDS", List.of("rds", "db:"),
          "DynamoDB", List.of("dynamodb", "table/"),
          "EBS", List.of("ec2", "volume/"),
          "EC2", List.of("ec2", "instance/"),
          "EFS", List.of("elasticfilesystem", "file-system/"),
          "FSx", List.of("fsx", "file-system/"),
          "S3", List.of("s3", ""));

  private static final RuleInfo INFO =
      new RuleInfo(
          "AG4201",
          Severity.ERROR,
          "A restore test names a resource type that some plan copies into the central vault",
          "Restore tests pick recovery points from the central vault (IncludeVaults); a type that no"
              + " plan with copyToCentral selects has none there, so the test never restores anything"
              + " and never fails either (docs/aws-facts.md §16.1). A plan selecting \"*\" copies"
              + " every supported type.",
          "Add the type to a plan that copies to the central vault, or remove the selection.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    if (model.central().restoreTesting().isEmpty() || !context.isUsable(P)) {
      return;
    }
    List<BackupPlan> copying =
        ModelFields.plans(model, context).stream()
            .filter(p -> p.copyToCentral().isPresent())
            .toList();
    for (RestoreTesting.RestoreTestSelection s :
        model.central().restoreTesting().get().selections().values()) {
      List<String> form = ARN_FORMS.get(s.resourceType());
      String p = P + "/selections/" + s.resourceType().replace("~", "~0").replace("/", "~1");
      if (form == null || !context.isUsable(p)) {
        continue; // AG4204 reports a type restore testing does not know
      }
      boolean copied =
          copying.stream()
              .flatMap(plan -> plan.selection().resourceTypes().stream())
              .anyMatch(pattern -> covers(pattern, form.get(0), form.get(1)));
      if (!copied) {
        context.report(
            p,
            "no plan copies "
                + s.resourceType()
                + " backups into the central vault, so this test would find nothing to restore",
            "select "
                + s.resourceType()
                + " in a plan with copyToCentral (resourceTypes \"*\" or arn:aws:"
                + form.get(0)
                + ":*:*:"
                + form.get(1)
                + "*)");
      }
    }
  }

  /**
   * Whether a plan's resource type pattern can select a resource of the service whose resource part
   * starts with {@code resourcePrefix}: {@code *}, or an ARN pattern of that service whose resource
   * part, up to its first wildcard, agrees with the prefix.
   */
  static boolean covers(String pattern, String service, String resourcePrefix) {
    if (pattern.equals("*")) {
      return true;
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
