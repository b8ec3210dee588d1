package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.RestoreTesting;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/** AG4204: restore tests name only resource types AWS Backup restore testing accepts. */
public final class RestoreTestResourceType implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG4204",
          Severity.ERROR,
          "A restore test names a resource type restore testing accepts",
          "ProtectedResourceType of a restore testing selection takes Aurora, DocumentDB, DynamoDB,"
              + " EBS, EC2, EFS, FSx, Neptune, RDS or S3 (AWS Backup API,"
              + " RestoreTestingSelectionForCreate; docs/aws-facts.md §16.2); the stack fails on any"
              + " other value.",
          "Use one of the listed names, spelled as AWS spells it.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    if (model.central().restoreTesting().isEmpty()
        || !context.isUsable(RestoreTestTypeNotCopied.P)) {
      return;
    }
    for (String type : model.central().restoreTesting().get().selections().keySet()) {
      String p =
          RestoreTestTypeNotCopied.P + "/selections/" + type.replace("~", "~0").replace("/", "~1");
      if (!RestoreTesting.TYPES.contains(type)) {
        String near =
            RestoreTesting.TYPES.stream()
                .filter(t -> t.equalsIgnoreCase(type))
                .findFirst()
                .map(t -> "did you mean " + t + "? ")
                .orElse("");
        context.report(
            p,
            "'" + type + "' is not a resource type AWS Backup restore testing accepts",
            near + "use one of " + String.join(", ", RestoreTesting.TYPES));
      }
    }
  }
}
