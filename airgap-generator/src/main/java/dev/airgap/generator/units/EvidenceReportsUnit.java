package dev.airgap.generator.units;

import dev.airgap.generator.ArchitecturePicture;
import dev.airgap.generator.cfn.CfnValue;
import dev.airgap.generator.cfn.Resource;
import dev.airgap.generator.cfn.Template;
import dev.airgap.generator.manifest.DeploymentUnit;
import dev.airgap.generator.manifest.DeploymentUnit.UnitKind;
import dev.airgap.generator.manifest.DeploymentUnit.UnitTargets;
import dev.airgap.model.AirGapModel;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * AWS Backup's organization-wide report plans (evidence.reports): backup, copy and restore job
 * reports, and with frameworks the control compliance report, over the member targets and the
 * central account in every member and central Region. Only the management account or the backup
 * delegated administrator may create report plans that cover other accounts (docs/aws-facts.md
 * §19.3), so this is a plain stack in the account the model names, in the Region of the evidence
 * bucket. Organization reports are CSV only.
 */
public final class EvidenceReportsUnit implements Unit {
  EvidenceReportsUnit() {}

  public static final UnitId ID = UnitId.of("evidence-reports");

  /** Report templates airgap deploys, and the frameworks-only one (docs/aws-facts.md §19.3). */
  static final List<String> JOB_REPORTS =
      List.of("BACKUP_JOB_REPORT", "COPY_JOB_REPORT", "RESTORE_JOB_REPORT");

  static final String CONTROL_REPORT = "CONTROL_COMPLIANCE_REPORT";

  static List<String> reportTemplates(AirGapModel model) {
    List<String> templates = new ArrayList<>(JOB_REPORTS);
    if (model.frameworks()) {
      templates.add(CONTROL_REPORT);
    }
    return templates;
  }

  public static Template build(AirGapModel model) {
    String bucket = EvidenceBucketUnit.bucketName(model);
    String reporting = EvidenceBucketUnit.reportingAccount(model);
    TreeSet<String> ous = new TreeSet<>(model.members().targets().organizationalUnits());
    model.central().organizationalUnit().ifPresent(ous::add);
    TreeSet<String> accounts = new TreeSet<>(model.members().targets().accounts());
    accounts.add(model.central().account());
    TreeSet<String> regions = new TreeSet<>(model.members().regions());
    regions.addAll(model.central().regions());
    Template.Builder t =
        new Template.Builder(
            "airgap report plans in account "
                + reporting
                + ": daily "
                + String.join(", ", reportTemplates(model))
                + " for the member OUs and the central account "
                + model.central().account()
                + " in "
                + String.join(", ", regions)
                + ", delivered as CSV to the evidence bucket '"
                + bucket
                + "'.");
    for (String template : reportTemplates(model)) {
      CfnValue.MapBuilder setting =
          CfnValue.map()
              .put("ReportTemplate", template)
              .put("Accounts", CfnValue.texts(List.copyOf(accounts)))
              .put("Regions", CfnValue.texts(List.copyOf(regions)));
      if (!ous.isEmpty()) {
        setting.put("OrganizationUnits", CfnValue.texts(List.copyOf(ous)));
      }
      t.resource(
          logicalId(template),
          Resource.of(
              "AWS::Backup::ReportPlan",
              CfnValue.map()
                  .put("ReportPlanName", reportPlanName(model, template))
                  .put(
                      "ReportPlanDescription",
                      "airgap: " + template + " of the organization into the evidence bucket")
                  .put(
                      "ReportDeliveryChannel",
                      CfnValue.map()
                          .put("S3BucketName", bucket)
                          .put("S3KeyPrefix", model.deploy().stackSetNamePrefix())
                          .put("Formats", CfnValue.texts(List.of("CSV")))
                          .build())
                  .put("ReportSetting", setting.build())
                  .build(),
              "/evidence/reports"));
    }
    return t.build();
  }

  /** Report plan names allow letters, digits and underscores only (docs/aws-facts.md §19.3). */
  static String reportPlanName(AirGapModel model, String template) {
    return (model.deploy().stackSetNamePrefix() + "_" + template.toLowerCase(java.util.Locale.ROOT))
        .replaceAll("[^A-Za-z0-9_]", "_");
  }

  /** e.g. BackupJobReportPlan for BACKUP_JOB_REPORT. */
  static String logicalId(String template) {
    StringBuilder id = new StringBuilder();
    for (String word : template.toLowerCase(java.util.Locale.ROOT).split("_")) {
      id.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
    }
    return id + "Plan";
  }

  @Override
  public UnitId id() {
    return ID;
  }

  @Override
  public List<UnitTemplate> templates(AirGapModel model) {
    return EvidenceBucketUnit.applies(model)
        ? List.of(new UnitTemplate(ID, build(model)))
        : List.of();
  }

  /** After the bucket: a report plan delivers only to a bucket that exists. */
  @Override
  public DeploymentUnit.Builder deployment(AirGapModel model, UnitId unitId) {
    return DeploymentUnit.builder(unitId, UnitKind.STACK, Names.stackName(model, unitId))
        .targets(UnitTargets.accounts(EvidenceBucketUnit.reportingAccount(model)))
        .regions(List.of(EvidenceBucketUnit.region(model)))
        .dependsOn(EvidenceBucketUnit.ID);
  }

  @Override
  public void picture(AirGapModel model, List<UnitId> rendered, ArchitecturePicture picture) {
    if (rendered.isEmpty()) {
      return;
    }
    picture.add(
        ArchitecturePicture.Element.RECOVERY_SHARE,
        "reports[\"report plans (account "
            + EvidenceBucketUnit.reportingAccount(model)
            + ")\"] -->|\"daily CSV reports\"| evidence");
  }
}
