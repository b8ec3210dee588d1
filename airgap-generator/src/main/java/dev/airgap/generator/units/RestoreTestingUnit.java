package dev.airgap.generator.units;

import dev.airgap.generator.ArchitecturePicture;
import dev.airgap.generator.cfn.CfnValue;
import dev.airgap.generator.cfn.Output;
import dev.airgap.generator.cfn.Resource;
import dev.airgap.generator.cfn.Template;
import dev.airgap.generator.manifest.DeploymentUnit;
import dev.airgap.model.AirGapModel;
import dev.airgap.model.RestoreTesting;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Restore tests of the central vault's copies (central.restoreTesting): in the central account and
 * each tested region, a restore testing plan that picks copies from the central vault only, one
 * selection per resource type, the role AWS Backup restores with, and a rule that sends failed
 * restore jobs and failed validations to the alert topic (docs/aws-facts.md §16).
 *
 * <p>The restore role is no admin: no deny layer names it, so it can no more delete, copy out or
 * unlock the central backups than any other principal of the central account (verify AG6050). The
 * restore itself is started by AWS Backup's restore-testing service-linked role, which the central
 * vault's restore deny exempts for this purpose only (CentralVaultUnit, docs/aws-facts.md §16.4).
 */
public final class RestoreTestingUnit implements Unit {
  RestoreTestingUnit() {}

  public static final UnitId ID = UnitId.of("restore-testing");

  public static final String ROLE = "RestoreTestingRole";
  public static final String PLAN = "RestoreTestingPlan";
  public static final String RULE = "RestoreTestFailedRule";

  /** AWS's policy for restore roles (docs/aws-facts.md §16.3). */
  static final String RESTORES_POLICY = "service-role/AWSBackupServiceRolePolicyForRestores";

  /** S3 restores need their own AWS managed policy (docs/aws-facts.md §16.3). */
  static final String S3_RESTORE_POLICY = "AWSBackupServiceRolePolicyForS3Restore";

  /**
   * AWS Backup's restore-testing service-linked role, which starts each test's restore job: only
   * restore-testing.backup.amazonaws.com may assume it, nobody can create or re-trust a role under
   * /aws-service-role/, and its AWS-defined policy deletes nothing but the resources a test
   * restored (docs/aws-facts.md §16.4).
   */
  static CfnValue restoreTestingServiceRole() {
    return CfnValue.sub("arn:${AWS::Partition}:iam::${AWS::AccountId}:role/" + SERVICE_ROLE_PATH);
  }

  public static final String SERVICE_ROLE_PATH =
      "aws-service-role/restore-testing.backup.amazonaws.com/AWSServiceRoleForBackupRestoreTesting";

  public static Template build(AirGapModel model) {
    RestoreTesting rt = model.central().restoreTesting().orElseThrow();
    Template.Builder t =
        new Template.Builder(
            "airgap restore tests of the central vault '"
                + model.central().vault().name()
                + "' in account "
                + model.central().account()
                + ": AWS Backup restores copies of "
                + String.join(", ", rt.selections().keySet())
                + " on schedule "
                + rt.schedule()
                + " with a role that is no admin of any deny layer, deletes them after validation, and"
                + " failed restores or validations alert on the alert topic.");
    t.resource(ROLE, role(model, rt));
    t.resource(PLAN, plan(model, rt));
    for (RestoreTesting.RestoreTestSelection s : rt.selections().values()) {
      t.resource(selectionId(s.resourceType()), selection(s));
    }
    t.resource(
        RULE,
        Resource.of(
            "AWS::Events::Rule",
            CfnValue.map()
                .put("Name", ruleName(model))
                .put(
                    "Description",
                    "airgap: a restore job in the central account failed, or a restore test's validation did")
                .put("State", "ENABLED")
                .put("EventPattern", failedRestores())
                .put(
                    "Targets",
                    CfnValue.list(
                        CfnValue.map()
                            .put("Id", "alert-topic")
                            .put(
                                "Arn",
                                CfnValue.sub(
                                    "arn:${AWS::Partition}:sns:${AWS::Region}:${AWS::AccountId}:"
                                        + Names.alertTopicName(model)))
                            .build()))
                .build(),
            "/central/restoreTesting"));
    t.output(
        "RestoreTestingPlanName",
        Output.of("The restore testing plan of this region", CfnValue.ref(PLAN)));
    return t.build();
  }

  /**
   * Restore jobs that end FAILED or ABORTED ({@code status}, as restore job events spell it), and
   * restore tests whose validation FAILED or TIMED_OUT (docs/aws-facts.md §16.5).
   */
  static CfnValue failedRestores() {
    return CfnValue.ordered()
        .put("source", CfnValue.texts(List.of("aws.backup")))
        .put("detail-type", CfnValue.texts(List.of("Restore Job State Change")))
        .put(
            "detail",
            CfnValue.ordered()
                .put(
                    "$or",
                    CfnValue.list(
                        CfnValue.ordered()
                            .put("status", CfnValue.texts(List.of("ABORTED", "FAILED")))
                            .build(),
                        CfnValue.ordered()
                            .put("validationStatus", CfnValue.texts(List.of("FAILED", "TIMED_OUT")))
                            .build()))
                .build())
        .build();
  }

  /**
   * Only AWS Backup of this account may assume it; it holds AWS's restore policy and nothing else.
   * Cleaning up the restored resource is the restore-testing service-linked role's job, not this
   * role's (docs/aws-facts.md §16.3).
   */
  private static Resource role(AirGapModel model, RestoreTesting rt) {
    List<CfnValue> managed = new ArrayList<>();
    managed.add(CfnValue.sub("arn:${AWS::Partition}:iam::aws:policy/" + RESTORES_POLICY));
    if (rt.selections().containsKey("S3")) {
      managed.add(CfnValue.sub("arn:${AWS::Partition}:iam::aws:policy/" + S3_RESTORE_POLICY));
    }
    return Resource.of(
        "AWS::IAM::Role",
        CfnValue.map()
            .put("RoleName", CfnValue.sub(roleNamePrefix(model) + "${AWS::Region}"))
            .put(
                "Description",
                "airgap: AWS Backup restores the central vault's copies with this role in restore tests")
            .put(
                "AssumeRolePolicyDocument",
                Statements.serviceMayAssumeForThisAccount("backup.amazonaws.com"))
            .put("ManagedPolicyArns", CfnValue.list(managed))
            .build(),
        "/central/restoreTesting");
  }

  private static Resource plan(AirGapModel model, RestoreTesting rt) {
    return Resource.of(
        "AWS::Backup::RestoreTestingPlan",
        CfnValue.map()
            .put("RestoreTestingPlanName", planName(model))
            .put("ScheduleExpression", rt.schedule())
            .put("StartWindowHours", rt.startWindowHours())
            .put(
                "RecoveryPointSelection",
                CfnValue.map()
                    .put("Algorithm", rt.recoveryPoints().awsName())
                    // Only the central vault: its copies are what the air gap keeps.
                    .put(
                        "IncludeVaults",
                        CfnValue.list(
                            CfnValue.sub(
                                "arn:${AWS::Partition}:backup:${AWS::Region}:${AWS::AccountId}:backup-vault:"
                                    + model.central().vault().name())))
                    // A copy in another account's vault is a snapshot, whatever the source kept.
                    .put("RecoveryPointTypes", CfnValue.texts(List.of("SNAPSHOT")))
                    .put("SelectionWindowDays", rt.lookbackDays())
                    .build())
            .build(),
        "/central/restoreTesting");
  }

  private static Resource selection(RestoreTesting.RestoreTestSelection s) {
    CfnValue.MapBuilder props =
        CfnValue.map()
            .put("RestoreTestingPlanName", CfnValue.ref(PLAN))
            .put(
                "RestoreTestingSelectionName",
                s.resourceType().toLowerCase(Locale.ROOT) + "_central")
            .put("ProtectedResourceType", s.resourceType())
            .put("ProtectedResourceArns", CfnValue.texts(List.of("*")))
            .put("IamRoleArn", CfnValue.getAtt(ROLE, "Arn"));
    s.validationWindowHours().ifPresent(h -> props.put("ValidationWindowHours", h));
    return Resource.of(
        "AWS::Backup::RestoreTestingSelection",
        props.build(),
        "/central/restoreTesting/selections/" + s.resourceType());
  }

  static String selectionId(String resourceType) {
    return "RestoreTestingSelection" + resourceType;
  }

  /**
   * Restore testing plan names take letters, digits and underscores only (docs/aws-facts.md §16.2),
   * so the stack set prefix's hyphens become underscores.
   */
  public static String planName(AirGapModel model) {
    return model.deploy().stackSetNamePrefix().replace('-', '_') + "_restore_tests";
  }

  /** The restore role's name without its region: one role per regional stack instance. */
  public static String roleNamePrefix(AirGapModel model) {
    return model.deploy().stackSetNamePrefix() + "-restore-testing-";
  }

  public static String ruleName(AirGapModel model) {
    return model.deploy().stackSetNamePrefix() + "-restore-test-failed";
  }

  @Override
  public UnitId id() {
    return ID;
  }

  @Override
  public List<UnitTemplate> templates(AirGapModel model) {
    return model.central().restoreTesting().isEmpty()
        ? List.of()
        : List.of(new UnitTemplate(ID, build(model)));
  }

  /** After the vault the plan names and the alert topic the rule targets. */
  @Override
  public DeploymentUnit.Builder deployment(AirGapModel model, UnitId unitId) {
    return Deployments.centralStackSet(model, unitId)
        .capabilities(List.of("CAPABILITY_NAMED_IAM"))
        .regions(
            Deployments.sorted(
                model.central().restoreTesting().orElseThrow().regionsIn(model.central())))
        .dependsOn(CentralVaultUnit.ID, CentralAlertsUnit.ID);
  }

  @Override
  public void picture(AirGapModel model, List<UnitId> rendered, ArchitecturePicture picture) {
    if (rendered.isEmpty()) {
      return;
    }
    RestoreTesting rt = model.central().restoreTesting().orElseThrow();
    picture.add(
        ArchitecturePicture.Element.NOTE,
        "Restore tests ("
            + String.join(", ", rt.selections().keySet())
            + ", "
            + rt.schedule()
            + ") restore the central vault's copies in "
            + String.join(", ", Deployments.sorted(rt.regionsIn(model.central())))
            + " with a role that is no admin; failed restores alert on the alert topic.");
  }
}
