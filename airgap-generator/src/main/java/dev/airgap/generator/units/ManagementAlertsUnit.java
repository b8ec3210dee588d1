package dev.airgap.generator.units;

import dev.airgap.generator.ArchitecturePicture;
import dev.airgap.generator.cfn.CfnValue;
import dev.airgap.generator.cfn.Output;
import dev.airgap.generator.cfn.Template;
import dev.airgap.generator.manifest.DeploymentUnit;
import dev.airgap.model.AirGapModel;
import java.util.List;

/**
 * Organization alerts: a plain stack in the management account, in the partition's global-events
 * region, because AWS Organizations records its calls only there and only in the calling account,
 * normally the management account (docs/aws-facts.md §13.6). The management account is never bound
 * by an SCP (docs/aws-facts.md §13.1), so what it can do to the air gap — detach or edit airgap's
 * SCPs and backup policies, move the central account, change delegated administrators or trusted
 * access — can only be made visible: every such call, by any caller, goes to the alert e-mails
 * through a topic of its own, so the central account's alert path is not the only one.
 */
public final class ManagementAlertsUnit implements Unit {
  ManagementAlertsUnit() {}

  public static final UnitId ID = UnitId.of("management-alerts");
  public static final String RULE = "OrganizationTamperRule";

  /**
   * Organizations calls that weaken or bypass the guardrails (API operation names, CloudTrail
   * {@code eventName}; botocore 1.43.11 organizations model, docs/aws-facts.md §13.6).
   */
  static final List<String> EVENT_NAMES =
      List.of(
          "AttachPolicy",
          "CloseAccount",
          "CreatePolicy",
          "DeleteOrganizationalUnit",
          "DeletePolicy",
          "DeregisterDelegatedAdministrator",
          "DetachPolicy",
          "DisableAWSServiceAccess",
          "DisablePolicyType",
          "EnableAWSServiceAccess",
          "EnablePolicyType",
          "LeaveOrganization",
          "MoveAccount",
          "RegisterDelegatedAdministrator",
          "RemoveAccountFromOrganization",
          "UpdatePolicy");

  public static Template build(AirGapModel model) {
    String region = model.organization().partition().globalEventsRegion();
    Template.Builder t =
        new Template.Builder(
            "airgap organization alerts in the management account "
                + model.organization().managementAccount()
                + ", "
                + region
                + ": every successful change to policies and their attachments (airgap's SCPs and backup"
                + " policies among them), to policy types, account placement, delegated administrators and trusted"
                + " access goes to an encrypted SNS topic, whoever makes it. SCPs never bind the management account;"
                + " this is how its changes to the air gap become visible (docs/threat-model.md).");
    AlertTopic.add(
        t,
        model,
        Names.organizationAlertTopicName(model),
        "airgap organization alerts",
        "/organization/managementAccount",
        List.of(new AlertTopic.Publisher("EventBridgePublishes", "events.amazonaws.com")),
        List.of());
    t.resource(
        RULE,
        AlertTopic.rule(
            Names.organizationRuleName(model),
            "airgap: changes to policies, policy types, account placement, delegated administrators and trusted access",
            pattern(),
            "/organization/managementAccount"));
    t.output(
        "AlertTopicArn",
        Output.of("ARN of the organization alert topic", CfnValue.ref(AlertTopic.TOPIC)));
    return t.build();
  }

  private static CfnValue pattern() {
    return CfnValue.ordered()
        .put("source", CfnValue.texts(List.of("aws.organizations")))
        .put("detail-type", CfnValue.texts(List.of("AWS API Call via CloudTrail")))
        .put(
            "detail",
            CfnValue.ordered()
                .put("eventName", CfnValue.texts(EVENT_NAMES))
                .put("errorCode", CfnValue.list(CfnValue.ordered().put("exists", false).build()))
                .build())
        .build();
  }

  @Override
  public UnitId id() {
    return ID;
  }

  @Override
  public List<UnitTemplate> templates(AirGapModel model) {
    return List.of(new UnitTemplate(ID, build(model)));
  }

  @Override
  public DeploymentUnit.Builder deployment(AirGapModel model, UnitId unitId) {
    return Deployments.managementStack(model, unitId)
        .regions(List.of(model.organization().partition().globalEventsRegion()));
  }

  @Override
  public void picture(AirGapModel model, List<UnitId> rendered, ArchitecturePicture picture) {
    picture.add(
        ArchitecturePicture.Element.SCP,
        "orgalerts[\"organization alerts "
            + Names.stackName(model, ID)
            + ", "
            + model.organization().partition().globalEventsRegion()
            + "\"]");
    picture.add(ArchitecturePicture.Element.ALERT_DELIVERY, "orgalerts --> emails");
  }
}
