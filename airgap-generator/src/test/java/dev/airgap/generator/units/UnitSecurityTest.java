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

/**
 * The safety properties of the generated templates, for every golden model: each one guards
 * against a defect of the public reference sample (facts.md §11).
 */
class UnitSecurityTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<String> cases() {
    return Stream.of("minimal", "multi-region", "governance-lock", "logically-air-gapped", "lambda-delegated-admin");
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

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void vaultPolicyAllowsOrgCopiesAndDeniesEveryProtectedActionToNonAdmins(String name) {
    AirGapModel model = Fixtures.model(name);
    JsonNode statements = template(model, CentralVaultUnit.ID).at("/Resources/CentralVault/Properties/AccessPolicy/Statement");
    JsonNode allow = statements.get(0);
    assertThat(allow.at("/Effect").asText()).isEqualTo("Allow");
    assertThat(allow.at("/Action").asText()).isEqualTo("backup:CopyIntoBackupVault");
    assertThat(allow.at("/Condition/StringEquals/aws:PrincipalOrgID").asText()).isEqualTo(model.organization().id());
    JsonNode deny = statements.get(1);
    assertThat(deny.at("/Effect").asText()).isEqualTo("Deny");
    assertThat(deny.at("/Principal/AWS").asText()).isEqualTo("*");
    assertThat(texts(deny.at("/Action"))).containsExactlyInAnyOrderElementsOf(ProtectedActions.vaultPolicyDeny())
        .contains("backup:DeleteBackupVault", "backup:DeleteBackupVaultAccessPolicy",
            "backup:DeleteBackupVaultLockConfiguration", "backup:DeleteRecoveryPoint",
            "backup:UpdateRecoveryPointLifecycle", "backup:PutBackupVaultNotifications");
    List<String> exempt = texts(deny.at("/Condition/ArnNotLike/aws:PrincipalArn"));
    assertThat(exempt).containsAll(model.central().admins())
        .anyMatch(e -> e.contains("${AWS::Partition}") && e.contains(":role/" + Names.executionRoleName(model)));
    model.deploy().roleArn().ifPresent(r -> assertThat(exempt).contains(r));
    assertThat(exempt).hasSize(model.central().admins().size() + 1 + (model.deploy().roleArn().isPresent() ? 1 : 0));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void lockModeIsDecidedByChangeableForDaysOnly(String name) {
    AirGapModel model = Fixtures.model(name);
    JsonNode vault = template(model, CentralVaultUnit.ID).at("/Resources/CentralVault");
    assertThat(vault.at("/DeletionPolicy").asText()).isEqualTo("Retain");
    assertThat(vault.at("/UpdateReplacePolicy").asText()).isEqualTo("Retain");
    if (model.central().vault().kind() == VaultKind.LOGICALLY_AIR_GAPPED) {
      assertThat(vault.at("/Type").asText()).isEqualTo("AWS::Backup::LogicallyAirGappedBackupVault");
      assertThat(vault.at("/Properties/MinRetentionDays").asInt()).isGreaterThanOrEqualTo(7);
      assertThat(vault.at("/Properties/MaxRetentionDays").isInt()).isTrue();
    } else if (model.central().vault().lock().mode() == LockMode.COMPLIANCE) {
      assertThat(vault.at("/Properties/LockConfiguration/ChangeableForDays").asInt()).isGreaterThanOrEqualTo(3);
    } else {
      assertThat(vault.at("/Properties/LockConfiguration").has("ChangeableForDays")).isFalse();
      assertThat(vault.at("/Properties/LockConfiguration/MinRetentionDays").asInt())
          .isEqualTo(model.central().vault().lock().minRetentionDays());
    }
    assertThat(texts(vault.at("/Properties/Notifications/BackupVaultEvents"))).contains("COPY_JOB_FAILED");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void keyPoliciesScopeAwsBackupWithTheRegionalViaService(String name) {
    AirGapModel model = Fixtures.model(name);
    for (UnitId unit : List.of(CentralVaultUnit.ID, MemberBaselineUnit.ID)) {
      JsonNode resources = template(model, unit).at("/Resources");
      resources.fields().forEachRemaining(r -> {
        if (r.getValue().at("/Type").asText().equals("AWS::KMS::Key")) {
          String policy = r.getValue().at("/Properties/KeyPolicy").toString();
          assertThat(policy).contains("backup.${AWS::Region}.amazonaws.com").doesNotContain("\"backup.amazonaws.com\"");
          assertThat(r.getValue().at("/Properties/EnableKeyRotation").asBoolean()).isTrue();
          assertThat(r.getValue().at("/Properties/KeyPolicy/Statement/0/Action").asText()).isEqualTo("kms:*");
        }
      });
    }
    String member = template(model, MemberBaselineUnit.ID).at("/Resources/MemberVaultKey/Properties/KeyPolicy").toString();
    assertThat(member).contains(":iam::" + model.central().account() + ":root").contains("kms:GrantIsForAWSResource");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void memberRoleHasExactlyTheNameTheBackupPolicyUses(String name) {
    AirGapModel model = Fixtures.model(name);
    JsonNode role = template(model, MemberBaselineUnit.ID).at("/Resources/BackupServiceRole");
    assertThat(role.at("/Properties/RoleName").asText()).isEqualTo(model.members().backupRoleName());
    assertThat(role.at("/Properties/AssumeRolePolicyDocument").toString())
        .contains("backup.amazonaws.com").contains("aws:SourceAccount");
    String policies = template(model, BackupPoliciesUnit.ID.numbered(1)).toString();
    assertThat(policies).contains(":iam::$account:role/" + model.members().backupRoleName());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void scpDeniesEveryProtectedActionAndExemptsTheDeployRoleNarrowly(String name) throws Exception {
    AirGapModel model = Fixtures.model(name);
    JsonNode scp = template(model, ManagementUnit.ID).at("/Resources/CentralVaultProtectionScp/Properties");
    JsonNode content = scp.has("Content") ? scp.get("Content") : JSON.readTree(scp.get("PolicyContent").asText());
    String text = content.toString();
    assertThat(ProtectedActions.scpDeny()).containsAll(ProtectedActions.destructive());
    for (String action : ProtectedActions.scpDeny()) {
      assertThat(text).contains("\"" + action + "\"");
    }
    assertThat(text).contains(":iam::" + model.central().account() + ":role/" + Names.executionRoleName(model))
        .doesNotContain("DeleteVaultAccessPolicy");
    assertThat(texts(scp.get("TargetIds"))).contains(model.central().account())
        .containsExactlyElementsOf(ScpDocument.targetIds(model));
    if (scp.has("PolicyContent")) {
      String runtime = template(model, ManagementUnit.ID).at("/Resources/ScpHandlerFunction/Properties/Runtime").asText();
      assertThat(runtime).isEqualTo("python3.12");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void alertRuleFiresForRootUsersAndRolesButNotForAdminsOrFailedCalls(String name) {
    AirGapModel model = Fixtures.model(name);
    JsonNode alerts = template(model, CentralAlertsUnit.ID);
    JsonNode pattern = alerts.at("/Resources/TamperRule/Properties/EventPattern");
    String account = model.central().account();
    String admin = model.central().admins().stream().filter(a -> !a.contains("*")).findFirst().orElseThrow();
    for (String op : ProtectedActions.alertEventNames()) {
      assertThat(EventPatternMatcher.matches(pattern, event(op, root(account)))).as("root " + op).isTrue();
    }
    assertThat(EventPatternMatcher.matches(pattern, event("DeleteBackupVault",
        user("arn:aws:iam::" + account + ":user/mallory")))).isTrue();
    assertThat(EventPatternMatcher.matches(pattern, event("DeleteBackupVault",
        role("arn:aws:iam::" + account + ":role/Attacker")))).isTrue();
    // The StackSet execution role is exempt from the denies but never from the alerts.
    assertThat(EventPatternMatcher.matches(pattern, event("PutBackupVaultAccessPolicy",
        role("arn:aws:iam::" + account + ":role/stacksets-exec-0123456789abcdef")))).isTrue();
    assertThat(EventPatternMatcher.matches(pattern, event("PutBackupVaultAccessPolicy",
        role("arn:aws:iam::" + account + ":role/AWSCloudFormationStackSetExecutionRole")))).isTrue();
    assertThat(EventPatternMatcher.matches(pattern, event("DeleteBackupVault", role(admin)))).isFalse();
    ObjectNode failed = event("DeleteBackupVault", root(account));
    ((ObjectNode) failed.get("detail")).put("errorCode", "AccessDenied");
    assertThat(EventPatternMatcher.matches(pattern, failed)).isFalse();
    assertThat(EventPatternMatcher.matches(pattern, event("ListBackupVaults", root(account)))).isFalse();
    assertThat(alerts.at("/Resources/AlertsTopic/Properties/TopicName").asText()).isNotBlank();
    assertThat(alerts.at("/Resources/AlertsTopic/Properties/KmsMasterKeyId").toString()).contains("AlertsKey");
    assertThat(pattern.toString()).doesNotContain("stacksets-exec").doesNotContain("StackSetExecutionRole");
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
    return JSON.createObjectNode().put("type", "Root").put("arn", "arn:aws:iam::" + account + ":root");
  }

  private static ObjectNode user(String arn) {
    return JSON.createObjectNode().put("type", "IAMUser").put("arn", arn);
  }

  private static ObjectNode role(String roleArn) {
    ObjectNode id = JSON.createObjectNode().put("type", "AssumedRole")
        .put("arn", roleArn.replace(":iam::", ":sts::").replace(":role/", ":assumed-role/") + "/session");
    id.putObject("sessionContext").putObject("sessionIssuer").put("type", "Role").put("arn", roleArn);
    return id;
  }
}
