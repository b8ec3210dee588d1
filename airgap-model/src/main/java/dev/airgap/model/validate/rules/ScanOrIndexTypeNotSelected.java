package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.BackupPlan;
import dev.airgap.model.MalwareScan;
import dev.airgap.model.validate.ModelFields;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;
import java.util.List;
import java.util.Map;

/** AG4104: a plan scans or indexes a backup type its selection never backs up. */
public final class ScanOrIndexTypeNotSelected implements Rule {
  /** The selection resource-type pattern of each scan or index type (Backup policy syntax). */
  private static final Map<String, String> SELECTED_BY =
      Map.of("EBS", ":ec2:*:*:volume/*", "EC2", ":ec2:*:*:instance/*", "S3", ":s3:::*");

  private static final RuleInfo INFO =
      new RuleInfo(
          "AG4104",
          Severity.WARNING,
          "A plan scans or indexes only backup types it selects",
          "Scans and indexes run on the recovery points the plan creates; a type the selection's"
              + " resourceTypes never match (EBS volumes arn:aws:ec2:*:*:volume/*, EC2 instances"
              + " arn:aws:ec2:*:*:instance/*, S3 buckets arn:aws:s3:::*) is never scanned or indexed"
              + " (docs/aws-facts.md §4.7).",
          "Add the resource type to selection.resourceTypes, or remove it from the scan or index.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    for (BackupPlan plan : ModelFields.plans(model, context)) {
      if (!context.isUsable(ModelFields.plan(plan) + "/selection/resourceTypes")) {
        continue;
      }
      List<String> selected = plan.selection().resourceTypes();
      if (plan.malwareScan().isPresent()) {
        String p = ModelFields.plan(plan) + "/malwareScan/resourceTypes";
        List<String> types = plan.malwareScan().get().resourceTypes();
        if (types.equals(List.of(MalwareScan.ALL))) {
          if (context.isUsable(p)
              && SELECTED_BY.keySet().stream().noneMatch(t -> selects(selected, t))) {
            context.report(
                p,
                "ALL scans EBS, EC2 and S3 backups, but the plan selects none of them",
                "select EBS volumes, EC2 instances or S3 buckets, or remove malwareScan");
          }
        } else {
          check(context, p, types, selected, "scanned");
        }
      }
      if (plan.index().isPresent()) {
        check(
            context,
            ModelFields.plan(plan) + "/index/resourceTypes",
            plan.index().get().resourceTypes(),
            selected,
            "indexed");
      }
    }
  }

  private static void check(
      RuleContext context, String p, List<String> types, List<String> selected, String what) {
    for (int i = 0; i < types.size(); i++) {
      String type = types.get(i);
      if (SELECTED_BY.containsKey(type) && context.isUsable(p) && !selects(selected, type)) {
        context.report(
            p + "/" + i,
            type + " backups are " + what + ", but selection.resourceTypes never selects them",
            "add arn:aws"
                + SELECTED_BY.get(type)
                + " to selection.resourceTypes or remove "
                + type);
      }
    }
  }

  private static boolean selects(List<String> selected, String type) {
    return selected.stream().anyMatch(s -> s.equals("*") || s.endsWith(SELECTED_BY.get(type)));
  }
}
