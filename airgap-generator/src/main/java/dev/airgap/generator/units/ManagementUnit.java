package dev.airgap.generator.units;

import dev.airgap.generator.cfn.CfnValue;
import dev.airgap.generator.cfn.Output;
import dev.airgap.generator.cfn.Resource;
import dev.airgap.generator.cfn.Template;
import dev.airgap.generator.yaml.TemplateWriter;
import dev.airgap.model.AirGapModel;
import dev.airgap.model.ScpMode;
import dev.airgap.model.Targets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A plain stack in the management account (service-managed stack sets never reach it, facts.md
 * §8.3): the SCP that protects the central vaults and the organization backup policy.
 */
public final class ManagementUnit {
  private ManagementUnit() {}

  public static final String SCP = "CentralVaultProtectionScp";
  public static final String SCP_FUNCTION = "ScpHandlerFunction";
  public static final String SCP_ROLE = "ScpHandlerRole";
  public static final String BACKUP_POLICY = "OrganizationBackupPolicy";

  /** The only runtime we emit: supported, not the end-of-life python3.8 of the sample (facts.md §11 #9). */
  static final String RUNTIME = "python3.12";

  public static Template build(AirGapModel model, PolicySource policies) {
    boolean lambda = model.protection().scp().mode() == ScpMode.LAMBDA;
    Template.Builder t = new Template.Builder(
        "airgap organization guardrails in the management account " + model.organization().managementAccount()
            + ": an SCP (" + (lambda ? "Lambda custom resource" : "native AWS::Organizations::Policy")
            + ") denying the destructive AWS Backup actions on the central vault '" + model.central().vault().name()
            + "' to all but the admins, and the organization backup policy. Exempt from the SCP, so that deploys"
            + " can still update the vault they manage: the StackSet execution role "
            + Principals.executionRoleName(model) + " of the central account"
            + model.deploy().roleArn().map(r -> " and the deploy role " + r).orElse("")
            + "; the tamper alert rule does not exempt them.");

    CfnValue scpTargets = CfnValue.texts(scpTargets(model));
    Map<String, Object> scpContent = policies.scpContent(model);
    String name = model.deploy().stackSetNamePrefix() + "-protect-central-vault";
    String description = "airgap: deny destructive AWS Backup actions on " + model.central().vault().name()
        + " to all but the admins";
    if (lambda) {
      addLambdaScp(t, model, policies, scpContent, scpTargets, name, description);
    } else {
      t.resource(SCP, Resource.of("AWS::Organizations::Policy", CfnValue.map()
          .put("Name", name)
          .put("Description", description)
          .put("Type", "SERVICE_CONTROL_POLICY")
          .put("Content", PlainValues.of(scpContent))
          .put("TargetIds", scpTargets)
          .build(), "/protection/scp"));
      t.output("ScpId", Output.of("Id of the SCP", CfnValue.ref(SCP)));
    }

    List<Map<String, Object>> backupPolicies = policies.backupPolicyContents(model);
    for (int i = 0; i < backupPolicies.size(); i++) {
      String suffix = backupPolicies.size() == 1 ? "" : String.valueOf(i + 1);
      t.resource(BACKUP_POLICY + suffix, Resource.of("AWS::Organizations::Policy", CfnValue.map()
          .put("Name", model.deploy().stackSetNamePrefix() + "-backup" + (suffix.isEmpty() ? "" : "-" + suffix))
          .put("Description", "airgap: backup plans of the member accounts, copying to the central vault")
          .put("Type", "BACKUP_POLICY")
          .put("Content", PlainValues.of(backupPolicies.get(i)))
          .put("TargetIds", CfnValue.texts(targetIds(model.members().targets())))
          .build(), "/plans"));
    }
    return t.build();
  }

  /** The SCP's targets: its own (default: the member targets) plus the central account. */
  static List<String> scpTargets(AirGapModel model) {
    TreeSet<String> ids = new TreeSet<>(targetIds(model.protection().scp().targets()));
    ids.add(model.central().account());
    return List.copyOf(ids);
  }

  static List<String> targetIds(Targets targets) {
    TreeSet<String> ids = new TreeSet<>(targets.organizationalUnits());
    ids.addAll(targets.accounts());
    return List.copyOf(ids);
  }

  /**
   * The reference design's custom resource, fixed (facts.md §6.5): the role carries its
   * permissions inline so the first invoke cannot race a separate policy attachment.
   */
  private static void addLambdaScp(Template.Builder t, AirGapModel model, PolicySource policies,
      Map<String, Object> content, CfnValue targets, String name, String description) {
    List<String> actions = List.of(
        "organizations:AttachPolicy", "organizations:CreatePolicy", "organizations:DeletePolicy",
        "organizations:DescribePolicy", "organizations:DetachPolicy", "organizations:ListPolicies",
        "organizations:ListTargetsForPolicy", "organizations:UpdatePolicy");
    t.resource(SCP_ROLE, Resource.of("AWS::IAM::Role", CfnValue.map()
        .put("Description", "airgap: the SCP custom resource handler manages one service control policy")
        .put("AssumeRolePolicyDocument", Statements.document(CfnValue.ordered()
            .put("Effect", "Allow")
            .put("Principal", CfnValue.map().put("Service", "lambda.amazonaws.com").build())
            .put("Action", "sts:AssumeRole")
            .build()))
        .put("ManagedPolicyArns", CfnValue.list(CfnValue.sub(
            "arn:${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole")))
        .put("Policies", CfnValue.list(CfnValue.map()
            .put("PolicyName", "manage-scp")
            .put("PolicyDocument", Statements.document(CfnValue.ordered()
                .put("Effect", "Allow")
                .put("Action", CfnValue.texts(actions))
                .put("Resource", "*")
                .build()))
            .build()))
        .build(), "/protection/scp/mode"));
    t.resource(SCP_FUNCTION, Resource.of("AWS::Lambda::Function", CfnValue.map()
        .put("Description", "airgap: creates, updates and deletes the central vault SCP")
        .put("Runtime", RUNTIME)
        .put("Handler", "index.handler")
        .put("Timeout", 300)
        .put("MemorySize", 128)
        .put("Role", CfnValue.getAtt(SCP_ROLE, "Arn"))
        .put("Code", CfnValue.map().put("ZipFile", policies.scpHandlerSource()).build())
        .build(), "/protection/scp/mode"));
    t.resource(SCP, Resource.of("AWS::CloudFormation::CustomResource", CfnValue.map()
        .put("ServiceToken", CfnValue.getAtt(SCP_FUNCTION, "Arn"))
        .put("ServiceTimeout", 900)
        .put("PolicyName", name)
        .put("PolicyDescription", description)
        // Minified JSON: a custom resource passes strings; the handler sends it as is.
        .put("PolicyContent", TemplateWriter.minifiedJson(PlainValues.of(content)))
        .put("TargetIds", targets)
        .build(), "/protection/scp"));
    t.output("ScpId", Output.of("Id of the SCP (the custom resource's stable physical id)", CfnValue.ref(SCP)));
  }
}
