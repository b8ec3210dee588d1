package dev.airgap.generator.units;

import dev.airgap.generator.ArchitecturePicture;
import dev.airgap.generator.cfn.CfnValue;
import dev.airgap.generator.cfn.Output;
import dev.airgap.generator.cfn.Template;
import dev.airgap.generator.manifest.DeploymentUnit;
import dev.airgap.generator.manifest.DeploymentUnit.UnitKind;
import dev.airgap.generator.manifest.DeploymentUnit.UnitTargets;
import dev.airgap.generator.policy.ProtectedActions;
import dev.airgap.model.AirGapModel;
import dev.airgap.model.MultiPartyApproval;
import dev.airgap.model.RecoveryOrganization;
import java.util.List;
import java.util.TreeSet;

/**
 * Alerts of the recovery organization: a plain stack in its management account, in the approval
 * team's Region, where the team, its identity source and its RAM share live and where CloudTrail
 * records their calls (docs/aws-facts.md §13.6, §22). No SCP binds a management account, and the
 * production organization has no say here, so every change to the team or its share is made visible
 * to the recovery organization's own e-mails through a topic of its own.
 */
public final class RecoveryAlertsUnit implements Unit {
  RecoveryAlertsUnit() {}

  public static final UnitId ID = UnitId.of("recovery-alerts");
  public static final String RULE = "RecoveryTamperRule";

  /**
   * Multi-party approval calls that change a team or its identity source, or cancel an approval
   * session (API operation names, CloudTrail {@code eventName}; botocore 1.43.11 mpa model,
   * docs/aws-facts.md §22).
   */
  static final List<String> MPA_EVENT_NAMES =
      List.of(
          "CancelSession",
          "CreateApprovalTeam",
          "CreateIdentitySource",
          "DeleteIdentitySource",
          "DeleteInactiveApprovalTeamVersion",
          "StartActiveApprovalTeamDeletion",
          "TagResource",
          "UntagResource",
          "UpdateApprovalTeam");

  static boolean applies(AirGapModel model) {
    return RecoveryApprovalTeamUnit.applies(model);
  }

  static String topicName(AirGapModel model) {
    return model.deploy().stackSetNamePrefix() + "-recovery-alerts";
  }

  static String ruleName(AirGapModel model) {
    return model.deploy().stackSetNamePrefix() + "-recovery-tamper";
  }

  /** The e-mails of the recovery organization, or the central ones when it names none. */
  static List<String> emails(AirGapModel model) {
    RecoveryOrganization r = model.recoveryOrganization().orElseThrow();
    return r.alertEmails().isEmpty() ? model.central().alerts().emails() : r.alertEmails();
  }

  public static Template build(AirGapModel model) {
    RecoveryOrganization r = model.recoveryOrganization().orElseThrow();
    MultiPartyApproval mpa = r.multiPartyApproval().orElseThrow();
    Template.Builder t =
        new Template.Builder(
            "airgap recovery organization alerts in the management account "
                + r.managementAccount()
                + " of the recovery organization "
                + r.id()
                + ", "
                + mpa.identityCenterRegion()
                + ": every successful change to the approval team, its identity source, its approval"
                + " sessions and the organization's RAM shares (the team's share with the central account"
                + " among them) goes to an encrypted SNS topic, whoever makes it.");
    AlertTopic.add(
        t,
        model,
        topicName(model),
        "airgap recovery organization alerts",
        "/recoveryOrganization/managementAccount",
        List.of(new AlertTopic.Publisher("EventBridgePublishes", "events.amazonaws.com")),
        List.of(),
        emails(model));
    t.resource(
        RULE,
        AlertTopic.rule(
            ruleName(model),
            "airgap: changes to the approval team, its identity source and RAM shares",
            pattern(),
            "/recoveryOrganization/multiPartyApproval"));
    t.output(
        "AlertTopicArn",
        Output.of("ARN of the recovery organization alert topic", CfnValue.ref(AlertTopic.TOPIC)));
    return t.build();
  }

  /** Names of RAM and MPA calls that change who approves or who the team is shared with. */
  static List<String> eventNames() {
    TreeSet<String> names = new TreeSet<>(MPA_EVENT_NAMES);
    names.addAll(ProtectedActions.shareEventNames());
    return List.copyOf(names);
  }

  private static CfnValue pattern() {
    return CfnValue.ordered()
        .put("source", CfnValue.texts(List.of("aws.mpa", "aws.ram")))
        .put("detail-type", CfnValue.texts(List.of("AWS API Call via CloudTrail")))
        .put(
            "detail",
            CfnValue.ordered()
                .put("eventName", CfnValue.texts(eventNames()))
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
    return applies(model) ? List.of(new UnitTemplate(ID, build(model))) : List.of();
  }

  @Override
  public DeploymentUnit.Builder deployment(AirGapModel model, UnitId unitId) {
    RecoveryOrganization r = model.recoveryOrganization().orElseThrow();
    return DeploymentUnit.builder(unitId, UnitKind.STACK, Names.stackName(model, unitId))
        .targets(UnitTargets.accounts(r.managementAccount()))
        .regions(List.of(r.multiPartyApproval().orElseThrow().identityCenterRegion()));
  }

  @Override
  public void picture(AirGapModel model, List<UnitId> rendered, ArchitecturePicture picture) {
    if (rendered.isEmpty()) {
      return;
    }
    picture.add(
        ArchitecturePicture.Element.RECOVERY_SHARE,
        "recalerts[\"recovery organization alerts " + Names.stackName(model, ID) + "\"]");
    picture.add(ArchitecturePicture.Element.ALERT_DELIVERY, "recalerts --> emails");
  }
}
