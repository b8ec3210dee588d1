package dev.airgap.generator.units;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.airgap.generator.Fixtures;
import dev.airgap.generator.GeneratedTemplate;
import dev.airgap.generator.TemplateGenerator;
import dev.airgap.generator.policy.ProtectedActions;
import dev.airgap.generator.policy.ScpDocument;
import dev.airgap.generator.yaml.TemplateReader;
import dev.airgap.model.AirGapModel;
import dev.airgap.model.LockMode;
import dev.airgap.model.VaultKind;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.event.ruler.Machine;

/**
 * The safety properties of the generated templates, for every golden model: each one guards against
 * a defect of the public reference sample (docs/aws-facts.md §11).
 */
class UnitSecurityTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<String> cases() {
    return Stream.of(
        "minimal",
        "multi-region",
        "governance-lock",
        "logically-air-gapped",
        "lambda-delegated-admin",
        "lag-cmk-direct-target");
  }

  private static JsonNode template(AirGapModel model, UnitId unit) {
    for (GeneratedTemplate t : TemplateGenerator.standard().generate(model)) {
      if (t.unitId().equals(unit)) {
        return TemplateReader.read(t.content());
      }
    }
    throw new AssertionError(unit);
  }

  private static List<String> texts(JsonNode array) {
    List<String> values = new ArrayList<>();
    if (array.isArray()) {
      array.forEach(v -> values.add(v.isTextual() ? v.asText() : v.toString()));
    } else {
      values.add(array.isTextual() ? array.asText() : array.toString());
    }
    return values;
  }

  private static JsonNode statement(JsonNode statements, String sid) {
    for (JsonNode st : statements) {
      if (st.path("Sid").asText().equals(sid)) {
        return st;
      }
    }
    throw new AssertionError("no statement " + sid + " in " + statements);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void vaultPolicyExemptsOnlyAdminsFromDataActionsAndDeployRolesOnlyFromConfiguration(String name) {
    AirGapModel model = Fixtures.model(name);
    JsonNode statements =
        template(model, CentralVaultUnit.ID)
            .at("/Resources/CentralVault/Properties/AccessPolicy/Statement");
    JsonNode allow = statement(statements, "AllowCopyIntoFromMemberAccounts");
    assertThat(allow.at("/Action").asText()).isEqualTo("backup:CopyIntoBackupVault");
    assertThat(texts(allow.at("/Condition/ForAnyValue:StringLike/aws:PrincipalOrgPaths")))
        .allMatch(p -> p.startsWith(model.organization().id() + "/") && p.endsWith("/*"))
        .hasSize(model.members().targets().organizationalUnits().size());
    JsonNode destruction = statement(statements, "DenyDestructionAndSharingToAllButAdmins");
    assertThat(texts(destruction.at("/Action")))
        .containsExactlyElementsOf(ProtectedActions.vaultPolicyDestructionAndSharing());
    assertThat(texts(destruction.at("/Condition/ArnNotLike/aws:PrincipalArn")))
        .containsExactlyInAnyOrderElementsOf(model.central().admins());
    JsonNode configuration =
        statement(statements, "DenyConfigurationChangesToAllButAdminsAndDeployRole");
    assertThat(texts(configuration.at("/Action")))
        .containsExactlyElementsOf(ProtectedActions.backupConfiguration());
    List<String> exempt = texts(configuration.at("/Condition/ArnNotLike/aws:PrincipalArn"));
    assertThat(exempt)
        .containsAll(model.central().admins())
        .anyMatch(
            e ->
                e.contains("${AWS::Partition}")
                    && e.contains(":role/" + Names.executionRoleName(model)));
    boolean shared =
        model.central().vault().kind() == VaultKind.LOGICALLY_AIR_GAPPED
            && !model.central().recoveryAccounts().isEmpty();
    JsonNode copyOut =
        statement(
            statements,
            shared
                ? "DenyCopyOutAndRestoreToAllButAdminsAndRecoveryAccounts"
                : "DenyCopyOutAndRestoreToAllButAdmins");
    assertThat(texts(copyOut.at("/Condition/ArnNotLike/aws:PrincipalArn")))
        .containsExactlyInAnyOrderElementsOf(model.central().admins());
    if (shared) {
      assertThat(texts(copyOut.at("/Condition/StringNotEquals/aws:PrincipalAccount")))
          .containsExactlyInAnyOrderElementsOf(model.central().recoveryAccounts());
    }
    for (JsonNode st : statements) {
      if (st.path("Effect").asText().equals("Deny")) {
        assertThat(st.at("/Principal/AWS").asText()).isEqualTo("*");
        assertThat(st.at("/Resource").asText()).isEqualTo("*");
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void lockModeIsDecidedByChangeableForDaysOnly(String name) {
    AirGapModel model = Fixtures.model(name);
    JsonNode vault = template(model, CentralVaultUnit.ID).at("/Resources/CentralVault");
    assertThat(vault.at("/DeletionPolicy").asText()).isEqualTo("Retain");
    assertThat(vault.at("/UpdateReplacePolicy").asText()).isEqualTo("Retain");
    if (model.central().vault().kind() == VaultKind.LOGICALLY_AIR_GAPPED) {
      assertThat(vault.at("/Type").asText())
          .isEqualTo("AWS::Backup::LogicallyAirGappedBackupVault");
      assertThat(vault.at("/Properties/MinRetentionDays").asInt()).isGreaterThanOrEqualTo(7);
      assertThat(vault.at("/Properties/MaxRetentionDays").isInt()).isTrue();
    } else if (model.central().vault().lock().mode() == LockMode.COMPLIANCE) {
      assertThat(vault.at("/Properties/LockConfiguration/ChangeableForDays").asInt())
          .isGreaterThanOrEqualTo(3);
    } else {
      assertThat(vault.at("/Properties/LockConfiguration").has("ChangeableForDays")).isFalse();
      assertThat(vault.at("/Properties/LockConfiguration/MinRetentionDays").asInt())
          .isEqualTo(model.central().vault().lock().minRetentionDays());
    }
    assertThat(texts(vault.at("/Properties/Notifications/BackupVaultEvents")))
        .contains("COPY_JOB_FAILED");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void keyPoliciesScopeAwsBackupWithTheRegionalViaService(String name) {
    AirGapModel model = Fixtures.model(name);
    for (UnitId unit : List.of(CentralVaultUnit.ID, MemberBaselineUnit.ID, CentralAlertsUnit.ID)) {
      JsonNode resources = template(model, unit).at("/Resources");
      resources
          .properties()
          .iterator()
          .forEachRemaining(
              r -> {
                if (r.getValue().at("/Type").asText().equals("AWS::KMS::Key")) {
                  String policy = r.getValue().at("/Properties/KeyPolicy").toString();
                  // CT.KMS.PR.3: grants only for AWS services, on every key airgap creates.
                  assertThat(policy).contains("DenyGrantsNotForAwsServices");
                  if (!unit.equals(CentralAlertsUnit.ID)) {
                    // Data keys are used through AWS Backup's regional endpoint only, never by the
                    // bare service.
                    assertThat(policy).doesNotContain("\"backup.amazonaws.com\"");
                  }
                  if (!unit.equals(MemberBaselineUnit.ID)) {
                    assertThat(policy)
                        .contains(
                            "DenyKeyDestructionToAllButAdmins",
                            "DenyKeyPolicyChangesToAllButAdminsAndDeployRole");
                  }
                  assertThat(r.getValue().at("/Properties/EnableKeyRotation").asBoolean()).isTrue();
                  assertThat(r.getValue().at("/Properties/KeyPolicy/Statement/0/Action").asText())
                      .isEqualTo("kms:*");
                }
              });
    }
    String member =
        template(model, MemberBaselineUnit.ID)
            .at("/Resources/MemberVaultKey/Properties/KeyPolicy")
            .toString();
    assertThat(member)
        .contains(":iam::" + model.central().account() + ":root")
        .contains("kms:GrantIsForAWSResource")
        .contains("backup.${AWS::Region}.amazonaws.com");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void memberRoleHasExactlyTheNameTheBackupPolicyUses(String name) {
    AirGapModel model = Fixtures.model(name);
    JsonNode role = template(model, MemberBaselineUnit.ID).at("/Resources/BackupServiceRole");
    assertThat(role.at("/Properties/RoleName").asText())
        .isEqualTo(model.members().backupRoleName());
    assertThat(role.at("/Properties/AssumeRolePolicyDocument").toString())
        .contains("backup.amazonaws.com")
        .contains("aws:SourceAccount");
    String policies = template(model, BackupPoliciesUnit.ID.numbered(1)).toString();
    assertThat(policies).contains(":iam::$account:role/" + model.members().backupRoleName());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void centralAccountScpGuardsEveryExemptPrincipalAndExemptsTheDeployRoleOnlyFromConfiguration(
      String name) throws Exception {
    AirGapModel model = Fixtures.model(name);
    JsonNode statements = scpContent(model, "CentralAccountProtectionScp").get("Statement");
    JsonNode data = statement(statements, "DenyDataAndLockActionsToAllButAdmins");
    assertThat(data.at("/Resource").asText()).isEqualTo("*");
    assertThat(texts(data.at("/Action")))
        .containsExactlyElementsOf(ProtectedActions.centralDataAndLock())
        .contains(
            "backup:DeleteRecoveryPoint",
            "kms:ScheduleKeyDeletion",
            "organizations:LeaveOrganization");
    assertThat(texts(data.at("/Condition/ArnNotLike/aws:PrincipalArn")))
        .containsExactlyInAnyOrderElementsOf(model.central().admins());
    JsonNode guard = statement(statements, "DenyExemptPrincipalTakeoverToAllButAdmins");
    assertThat(texts(guard.at("/Action")))
        .contains("iam:CreateRole", "iam:UpdateAssumeRolePolicy", "iam:PassRole");
    assertThat(texts(guard.at("/Resource")))
        .containsExactlyElementsOf(ScpDocument.exemptPrincipalArns(model))
        .contains(
            "arn:aws:iam::"
                + model.central().account()
                + ":role/"
                + Names.executionRoleName(model));
    JsonNode configuration =
        statement(statements, "DenyConfigurationChangesToAllButAdminsAndDeployRole");
    assertThat(texts(configuration.at("/Condition/ArnNotLike/aws:PrincipalArn")))
        .containsExactlyElementsOf(ScpDocument.exemptPrincipalArns(model));
    JsonNode scp =
        template(model, ManagementUnit.ID).at("/Resources/CentralAccountProtectionScp/Properties");
    assertThat(texts(scp.get("TargetIds"))).containsExactly(model.central().account());
    if (scp.has("PolicyContent")) {
      String runtime =
          template(model, ManagementUnit.ID)
              .at("/Resources/ScpHandlerFunction/Properties/Runtime")
              .asText();
      assertThat(runtime).isEqualTo("python3.12");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void memberScpKeepsMemberPrincipalsOffTheCentralVaultsButLetsThemRestore(String name)
      throws Exception {
    AirGapModel model = Fixtures.model(name);
    JsonNode deny =
        statement(scpContent(model, "CentralVaultProtectionScp").get("Statement"), ScpDocument.SID);
    assertThat(texts(deny.at("/Action")))
        .containsExactlyElementsOf(ProtectedActions.memberScpDeny())
        .doesNotContainAnyElementsOf(ProtectedActions.backupExfiltration());
    assertThat(texts(deny.at("/Condition/ArnNotLike/aws:PrincipalArn")))
        .containsExactlyElementsOf(ScpDocument.exemptPrincipalArns(model));
    JsonNode scp =
        template(model, ManagementUnit.ID).at("/Resources/CentralVaultProtectionScp/Properties");
    assertThat(texts(scp.get("TargetIds")))
        .containsExactlyElementsOf(ScpDocument.memberTargetIds(model))
        .doesNotContain(model.central().account());
  }

  private static JsonNode scpContent(AirGapModel model, String logicalId) throws Exception {
    JsonNode scp = template(model, ManagementUnit.ID).at("/Resources/" + logicalId + "/Properties");
    return scp.has("Content")
        ? scp.get("Content")
        : JSON.readTree(scp.get("PolicyContent").asText());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void alertRulesFireForEveryCallerButAwsServicesAndNeverForFailedCalls(String name) {
    AirGapModel model = Fixtures.model(name);
    JsonNode alerts = template(model, CentralAlertsUnit.ID);
    JsonNode pattern = alerts.at("/Resources/TamperRule/Properties/EventPattern");
    String account = model.central().account();
    String admin =
        model.central().admins().stream().filter(a -> !a.contains("*")).findFirst().orElseThrow();
    for (String op : ProtectedActions.backupEventNames()) {
      assertThat(matches(pattern, event(op, root(account)))).as("root " + op).isTrue();
    }
    assertThat(
            matches(
                pattern,
                event("DeleteBackupVault", user("arn:aws:iam::" + account + ":user/mallory"))))
        .isTrue();
    assertThat(
            matches(
                pattern,
                event("DeleteBackupVault", role("arn:aws:iam::" + account + ":role/Attacker"))))
        .isTrue();
    assertThat(
            matches(
                pattern,
                event(
                    "PutBackupVaultAccessPolicy",
                    role("arn:aws:iam::" + account + ":role/stacksets-exec-0123456789abcdef"))))
        .isTrue();
    // An admin role in the wrong hands looks like an admin: admin calls alert too.
    assertThat(matches(pattern, event("DeleteBackupVault", role(admin)))).isTrue();
    ObjectNode service =
        event("DeleteRecoveryPoint", JSON.createObjectNode().put("type", "AWSService"));
    assertThat(matches(pattern, service)).isFalse();
    ObjectNode failed = event("DeleteBackupVault", root(account));
    ((ObjectNode) failed.get("detail")).put("errorCode", "AccessDenied");
    assertThat(matches(pattern, failed)).isFalse();
    assertThat(matches(pattern, event("ListBackupVaults", root(account)))).isFalse();
    assertThat(alerts.at("/Resources/AlertsTopic/Properties/KmsMasterKeyId").toString())
        .contains("AlertsKey");
    assertThat(alerts.at("/Resources/IamTamperRule/Condition").asText())
        .isEqualTo(CentralAlertsUnit.GLOBAL_REGION);
  }

  /**
   * Whether EventBridge would deliver the event to the rule, decided by event-ruler, the matching
   * library EventBridge itself uses, so the test cannot agree with a wrong reading of the pattern.
   */
  private static boolean matches(JsonNode pattern, JsonNode event) {
    try {
      Machine machine = Machine.builder().build();
      machine.addRule("TamperRule", pattern.toString());
      return machine.rulesForJSONEvent(event.toString()).contains("TamperRule");
    } catch (Exception e) {
      throw new AssertionError(
          "event-ruler rejects the pattern or the event: " + e.getMessage(), e);
    }
  }

  private static ObjectNode event(String name, ObjectNode identity) {
    ObjectNode e = JSON.createObjectNode();
    e.put("source", "aws.backup").put("detail-type", "AWS API Call via CloudTrail");
    ObjectNode detail = e.putObject("detail");
    detail.put("eventSource", "backup.amazonaws.com").put("eventName", name);
    detail.set("userIdentity", identity);
    return e;
  }

  private static ObjectNode root(String account) {
    return JSON.createObjectNode()
        .put("type", "Root")
        .put("arn", "arn:aws:iam::" + account + ":root");
  }

  private static ObjectNode user(String arn) {
    return JSON.createObjectNode().put("type", "IAMUser").put("arn", arn);
  }

  private static ObjectNode role(String roleArn) {
    ObjectNode id =
        JSON.createObjectNode()
            .put("type", "AssumedRole")
            .put(
                "arn",
                roleArn.replace(":iam::", ":sts::").replace(":role/", ":assumed-role/")
                    + "/session");
    id.putObject("sessionContext")
        .putObject("sessionIssuer")
        .put("type", "Role")
        .put("arn", roleArn);
    return id;
  }
}
