package dev.airgap.generator.units;

import dev.airgap.generator.ArchitecturePicture;
import dev.airgap.generator.cfn.CfnValue;
import dev.airgap.generator.cfn.Output;
import dev.airgap.generator.cfn.Resource;
import dev.airgap.generator.cfn.Template;
import dev.airgap.generator.manifest.DeploymentUnit;
import dev.airgap.model.AirGapModel;
import dev.airgap.model.KeyAccount;
import dev.airgap.model.KeyKind;
import java.util.List;

/**
 * The central vault's key in a key account of its own ({@code central.key.kind: key-account}), one
 * stack instance per central region: a single-Region key per region rather than one multi-Region
 * key, so that no region's key material or key policy is another's (docs/aws-facts.md §20.3); its
 * alias, with a fixed name the deployer resolves into the key ARN for the central vault; and a
 * tamper rule with its own alert topic, since CloudTrail events reach only the event bus of the
 * account and region that records them (§7.1).
 */
public final class KeyAccountUnit implements Unit {
  KeyAccountUnit() {}

  public static final UnitId ID = UnitId.of("central-key");

  public static final String KEY = "CentralVaultKey";
  public static final String KEY_ALIAS = "CentralVaultKeyAlias";
  public static final String RULE = "KeyTamperRule";

  /** Whether the model puts the central key in a key account. */
  public static boolean applies(AirGapModel model) {
    return model.central().key().kind() == KeyKind.KEY_ACCOUNT
        && model.central().key().keyAccount().isPresent();
  }

  /**
   * The alias of the central vault's key in every central region of the key account; the deployer
   * describes {@code arn:<partition>:kms:<region>:<key account>:alias/<name>} to find the key ARN.
   */
  public static String aliasName(AirGapModel model) {
    return "alias/" + model.central().vault().name();
  }

  public static Template build(AirGapModel model) {
    KeyAccount key = model.central().key().keyAccount().orElseThrow();
    Template.Builder t =
        new Template.Builder(
            "airgap key of the central vault '"
                + model.central().vault().name()
                + "' in key account "
                + key.account()
                + ", one single-Region key per central region. Only the key admins "
                + String.join(", ", KeyAccountPolicy.keyAdminArns(model))
                + " may disable, delete or revoke it, and only with MFA; the StackSet execution role may update it;"
                + " the central account "
                + model.central().account()
                + " may use it only through AWS Backup. Changes to the key and to the alert path alert.");
    t.resource(
        KEY,
        Statements.retainedKey(
            "airgap: encrypts the central backup vault "
                + model.central().vault().name()
                + " of account "
                + model.central().account(),
            model.central().key(),
            KeyAccountPolicy.document(model),
            "/central/key"));
    t.resource(
        KEY_ALIAS,
        Resource.of(
            "AWS::KMS::Alias",
            CfnValue.map()
                .put("AliasName", aliasName(model))
                .put("TargetKeyId", CfnValue.ref(KEY))
                .build(),
            "/central/key"));
    AlertTopic.add(
        t,
        model,
        Names.alertTopicName(model),
        "airgap key account alerts",
        "/central/key",
        List.of(new AlertTopic.Publisher("EventBridgePublishes", "events.amazonaws.com")),
        List.of(
            Statements.denyUnlessPrincipal(
                "DenyKeyDestructionToAllButKeyAdmins",
                dev.airgap.generator.policy.ProtectedActions.keyDestruction(),
                KeyAccountPolicy.keyAdmins(model)),
            Statements.denyKeyPolicyChanges(keyAdminsAndDeployRoles(model))));
    t.resource(
        RULE,
        AlertTopic.rule(
            model.deploy().stackSetNamePrefix() + "-key-tamper",
            "airgap: calls that could destroy the central vault's key or switch this alert path off, by anyone but AWS services",
            AlertPatterns.keysAndAlertPath(),
            "/central/key"));
    t.output(
        "CentralVaultKeyArn",
        Output.of("ARN of the key that encrypts the central vault", CfnValue.getAtt(KEY, "Arn")));
    return t.build();
  }

  static CfnValue keyAdminsAndDeployRoles(AirGapModel model) {
    List<CfnValue> values = new java.util.ArrayList<>();
    KeyAccountPolicy.keyAdminArns(model).forEach(a -> values.add(CfnValue.text(a)));
    values.addAll(Principals.deployRoles(model));
    return CfnValue.list(values);
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
    return Deployments.keyAccountStackSet(model, unitId);
  }

  @Override
  public void picture(AirGapModel model, List<UnitId> rendered, ArchitecturePicture picture) {
    if (rendered.isEmpty()) {
      return;
    }
    String account = model.central().key().keyAccount().orElseThrow().account();
    picture.add(
        ArchitecturePicture.Element.NOTE,
        "The central vault's key lives in key account "
            + account
            + " (`"
            + ID
            + "` stack set, one key per central region, alias `"
            + aliasName(model)
            + "`): only the key admins may disable or delete it, with MFA; the central account uses it through AWS"
            + " Backup only.");
  }
}
