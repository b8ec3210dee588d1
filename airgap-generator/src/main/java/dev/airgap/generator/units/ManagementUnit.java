package dev.airgap.generator.units;

import dev.airgap.generator.ArchitecturePicture;
import dev.airgap.generator.cfn.CfnValue;
import dev.airgap.generator.cfn.Output;
import dev.airgap.generator.cfn.Resource;
import dev.airgap.generator.cfn.Template;
import dev.airgap.generator.manifest.DeploymentUnit;
import dev.airgap.generator.policy.ScpDocument;
import dev.airgap.generator.policy.ScpLambda;
import dev.airgap.generator.resolve.ResolvedModel;
import dev.airgap.model.AirGapModel;
import dev.airgap.model.ScpMode;
import dev.airgap.model.Targets;
import java.util.List;

/**
 * A plain stack in the management account (service-managed stack sets never reach it,
 * docs/aws-facts.md §8.3): the SCP that protects the central vaults. The organization backup
 * policies are in their own stacks ({@link BackupPoliciesUnit}), as they grow with every member
 * region. Policy documents come from {@code generator.policy}; they carry the model's partition
 * literally, as a backup policy's copy_actions key cannot be computed by CloudFormation
 * (docs/aws-facts.md §4.5).
 */
public final class ManagementUnit implements Unit {
  ManagementUnit() {}

  public static final UnitId ID = UnitId.of("management");

  public static final String SCP_FUNCTION = "ScpHandlerFunction";
  public static final String SCP_ROLE = "ScpHandlerRole";

  /**
   * Seconds the handler may run; the custom resource waits a little longer (ScpLambda contract).
   */
  static final int FUNCTION_TIMEOUT_SECONDS = 300;

  static final int SERVICE_TIMEOUT_SECONDS = 360;

  public static Template build(AirGapModel model) {
    boolean lambda = model.protection().scp().mode() == ScpMode.LAMBDA;
    Template.Builder t =
        new Template.Builder(
            "airgap organization guardrails in the management account "
                + model.organization().managementAccount()
                + ": two SCPs ("
                + (lambda ? "Lambda custom resources" : "native AWS::Organizations::Policy")
                + ")."
                + " On the central account "
                + model.central().account()
                + ": only the admins may delete, shorten, copy out,"
                + " restore, unlock or unshare the backups in '"
                + model.central().vault().name()
                + "', disable or delete"
                + " its keys, silence the alerts, leave the organization, or create or change a role an exemption names;"
                + " the StackSet execution role "
                + Principals.executionRoleName(model)
                + model.deploy().roleArn().map(r -> " and the deploy role " + r).orElse("")
                + " may only update configuration. On the member targets: hands off the central vaults."
                + " SCPs never bind the management account itself (docs/threat-model.md).");

    List<ScpDocument> scps = ScpDocument.build(model);
    if (lambda) {
      addLambdaFunction(t);
    }
    for (ScpDocument scp : scps) {
      String name = scpName(model, scp);
      if (lambda) {
        addLambdaScp(t, scp, name);
      } else {
        t.resource(
            scp.logicalId(),
            Resource.of(
                "AWS::Organizations::Policy",
                CfnValue.map()
                    .put("Name", name)
                    .put("Description", scp.description())
                    .put("Type", "SERVICE_CONTROL_POLICY")
                    // An object, not a string: a string Content hides drift (docs/aws-facts.md
                    // §6.4).
                    .put("Content", PlainValues.of(scp.content()))
                    .put("TargetIds", CfnValue.texts(scp.targetIds()))
                    .build(),
                "/protection/scp"));
      }
      t.output(
          scp.logicalId() + "Id",
          Output.of("Id of the SCP " + name, CfnValue.ref(scp.logicalId())));
    }
    return t.build();
  }

  public static List<String> targetIds(Targets targets) {
    return ResolvedModel.targetIds(targets);
  }

  /**
   * The reference design's custom resource, fixed (docs/aws-facts.md §6.5, §11 #9): a supported
   * runtime, the role's permissions inline so the first invoke cannot race a separate policy
   * attachment, and the policy id as the stable physical id (the handler's contract, {@link
   * ScpLambda}). One function serves both SCPs.
   */
  private static void addLambdaFunction(Template.Builder t) {
    t.resource(
        SCP_ROLE,
        Resource.of(
            "AWS::IAM::Role",
            CfnValue.map()
                .put(
                    "Description",
                    "airgap: the SCP custom resource handler manages airgap's service control policies")
                .put(
                    "AssumeRolePolicyDocument", Statements.serviceMayAssume("lambda.amazonaws.com"))
                .put(
                    "Policies",
                    CfnValue.list(
                        CfnValue.map()
                            .put("PolicyName", "manage-scp")
                            .put(
                                "PolicyDocument",
                                Statements.document(
                                    CfnValue.ordered()
                                        .put("Effect", "Allow")
                                        .put("Action", CfnValue.texts(ScpLambda.roleActions()))
                                        .put("Resource", "*")
                                        .build()))
                            .build()))
                .build(),
            "/protection/scp/mode"));
    t.resource(
        SCP_FUNCTION,
        Resource.of(
            "AWS::Lambda::Function",
            CfnValue.map()
                .put(
                    "Description",
                    "airgap: creates, updates and deletes airgap's service control policies")
                .put("Runtime", ScpLambda.RUNTIME)
                .put("Handler", ScpLambda.HANDLER)
                .put("Timeout", FUNCTION_TIMEOUT_SECONDS)
                .put("MemorySize", 128)
                .put("Role", CfnValue.getAtt(SCP_ROLE, "Arn"))
                .put("Code", CfnValue.map().put("ZipFile", ScpLambda.source()).build())
                .build(),
            "/protection/scp/mode"));
  }

  private static void addLambdaScp(Template.Builder t, ScpDocument scp, String name) {
    t.resource(
        scp.logicalId(),
        Resource.of(
            "AWS::CloudFormation::CustomResource",
            CfnValue.map()
                .put("ServiceToken", CfnValue.getAtt(SCP_FUNCTION, "Arn"))
                .put("ServiceTimeout", SERVICE_TIMEOUT_SECONDS)
                .put(ScpLambda.PROPERTY_NAME, name)
                .put(ScpLambda.PROPERTY_DESCRIPTION, scp.description())
                .put(ScpLambda.PROPERTY_CONTENT, scp.minified())
                .put(ScpLambda.PROPERTY_TARGET_IDS, CfnValue.texts(scp.targetIds()))
                .build(),
            "/protection/scp"));
  }

  @Override
  public UnitId id() {
    return ID;
  }

  @Override
  public List<UnitTemplate> templates(AirGapModel model) {
    return List.of(new UnitTemplate(ID, build(model)));
  }

  /**
   * The SCP names the central vault; it waits for the member baseline as it did when it shared a
   * stack with the backup policies, so that member accounts are never guarded before they are set
   * up. It waits for the break-glass roles too: the guardrail it attaches keeps everyone but the
   * admins, the execution role included, from creating a role with their names.
   */
  @Override
  public DeploymentUnit.Builder deployment(AirGapModel model, UnitId unitId) {
    DeploymentUnit.Builder b =
        Deployments.managementStack(model, unitId)
            .capabilities(
                model.protection().scp().mode() == ScpMode.LAMBDA
                    ? List.of("CAPABILITY_IAM")
                    : List.of());
    return !BreakGlassUnit.renders(model)
        ? b.dependsOn(CentralVaultUnit.ID, MemberBaselineUnit.ID)
        : b.dependsOn(CentralVaultUnit.ID, MemberBaselineUnit.ID, BreakGlassUnit.ID);
  }

  @Override
  public void picture(AirGapModel model, List<UnitId> rendered, ArchitecturePicture picture) {
    String mode = model.protection().scp().mode().yamlName();
    picture.add(
        ArchitecturePicture.Element.SCP,
        "scp[\"SCPs "
            + scpName(model, ScpDocument.centralAccount(model))
            + ", "
            + scpName(model, ScpDocument.memberTargets(model))
            + " ("
            + mode
            + "), stack "
            + Names.stackName(model, ID)
            + "\"]");
    picture.add(
        ArchitecturePicture.Element.SCP_ATTACHMENT,
        "scp -. \"only admins destroy, unlock, copy out; deploy role configures; exempt roles guarded\" .-> central");
    picture.add(
        ArchitecturePicture.Element.SCP_ATTACHMENT,
        "scp -. \"hands off the central vaults\" .-> members");
  }

  static String scpName(AirGapModel model, ScpDocument scp) {
    return model.deploy().stackSetNamePrefix() + "-" + scp.name();
  }
}
