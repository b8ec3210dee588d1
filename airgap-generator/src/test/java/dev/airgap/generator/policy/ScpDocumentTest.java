package dev.airgap.generator.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.airgap.model.AirGapModel;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ScpDocumentTest {
  private static final String PLAN =
      "  daily: { localRetentionDays: 14, copyToCentral: { retentionDays: 35 } }";

  @SuppressWarnings("unchecked")
  private static Map<String, Object> statement(ScpDocument scp, String sid) {
    List<Object> statements = (List<Object>) scp.content().get("Statement");
    return statements.stream()
        .map(s -> (Map<String, Object>) s)
        .filter(s -> s.get("Sid").equals(sid))
        .findFirst()
        .orElseThrow();
  }

  @SuppressWarnings("unchecked")
  private static List<String> exempt(ScpDocument scp, String sid) {
    Map<String, Object> condition = (Map<String, Object>) statement(scp, sid).get("Condition");
    return (List<String>)
        ((Map<String, Object>) condition.get("ArnNotLike")).get("aws:PrincipalArn");
  }

  private static final String CONFIGURATION = "DenyConfigurationChangesToAllButAdminsAndDeployRole";
  private static final String TAKEOVER = "DenyExemptPrincipalTakeoverToAllButAdmins";

  @Test
  @DisplayName(
      "the member SCP denies every member-side action on each central vault and its recovery points")
  void deniesEveryProtectedAction() {
    AirGapModel model = TestModels.with("aws", "eu-west-1, eu-central-1", "eu-west-1", "", PLAN);
    ScpDocument scp = ScpDocument.memberTargets(model);

    Map<String, Object> statement = statement(scp, ScpDocument.SID);
    assertThat(statement.get("Effect")).isEqualTo("Deny");
    assertThat(statement.get("Action")).isEqualTo(ProtectedActions.memberScpDeny());
    assertThat(KnownActions.unknown(ProtectedActions.memberScpDeny())).isEmpty();
    for (ScpDocument each : ScpDocument.build(model)) {
      for (Object st : (List<?>) each.content().get("Statement")) {
        @SuppressWarnings("unchecked")
        List<String> actions = (List<String>) ((Map<String, Object>) st).get("Action");
        assertThat(KnownActions.unknown(actions)).as(each.name()).isEmpty();
      }
    }
    assertThat(statement.get("Resource"))
        .isEqualTo(
            List.of(
                "arn:aws:backup:*:222222222222:backup-vault:airgap-central",
                "arn:aws:backup:*:222222222222:recovery-point:*"));
    assertThat(scp.content().get("Version")).isEqualTo("2012-10-17");
  }

  @Test
  @DisplayName(
      "exempts the service-managed StackSet execution role and the deploy role from configuration only")
  void exemptsAdminsExecutionRoleAndDeployRole() {
    AirGapModel model =
        TestModels.with(
            "aws",
            "eu-west-1",
            "eu-west-1",
            "deploy: { roleArn: 'arn:aws:iam::111111111111:role/ci-deployer' }",
            PLAN);
    ScpDocument central = ScpDocument.centralAccount(model);
    assertThat(exempt(central, "DenyDataAndLockActionsToAllButAdmins"))
        .containsExactly("arn:aws:iam::222222222222:role/BackupVaultAdmin");
    assertThat(exempt(central, TAKEOVER))
        .containsExactly("arn:aws:iam::222222222222:role/BackupVaultAdmin");
    assertThat(statement(central, TAKEOVER).get("Resource"))
        .isEqualTo(exempt(central, CONFIGURATION));
    assertThat(exempt(central, CONFIGURATION))
        .containsExactly(
            "arn:aws:iam::111111111111:role/ci-deployer",
            "arn:aws:iam::222222222222:role/BackupVaultAdmin",
            "arn:aws:iam::222222222222:role/stacksets-exec-*");
  }

  @Test
  @DisplayName(
      "a self-managed central stack set exempts AWSCloudFormationStackSetExecutionRole instead")
  void selfManagedExecutionRole() {
    AirGapModel model =
        TestModels.with(
            "aws",
            "eu-west-1",
            "eu-west-1",
            "deploy: { centralPermissionModel: self-managed }",
            PLAN);
    assertThat(exempt(ScpDocument.centralAccount(model), CONFIGURATION))
        .containsExactly(
            "arn:aws:iam::222222222222:role/AWSCloudFormationStackSetExecutionRole",
            "arn:aws:iam::222222222222:role/BackupVaultAdmin");
  }

  @Test
  @DisplayName("every ARN uses the model's partition")
  void usesTheModelsPartition() {
    AirGapModel model = TestModels.with("aws-us-gov", "us-gov-west-1", "us-gov-west-1", "", PLAN);
    assertThat(ScpDocument.memberTargets(model).minified())
        .doesNotContain("arn:aws:")
        .contains("arn:aws-us-gov:backup:*:222222222222:backup-vault:airgap-central");
    assertThat(ScpDocument.centralAccount(model).minified())
        .doesNotContain("arn:aws:")
        .contains("arn:aws-us-gov:iam::222222222222:role/stacksets-exec-*");
  }

  @Test
  @DisplayName(
      "the member SCP goes to the SCP targets, sorted and without repeats; the central SCP to the central account")
  void targets() {
    AirGapModel model =
        TestModels.with(
            "aws",
            "eu-west-1",
            "eu-west-1",
            """
        protection:
          scp:
            targets:
              organizationalUnits: [ou-ab12-zzzzzzz9, ou-ab12-workload1]
              accounts: ["222222222222", "333333333333"]
        """,
            PLAN);
    assertThat(ScpDocument.memberTargets(model).targetIds())
        .containsExactly("222222222222", "333333333333", "ou-ab12-workload1", "ou-ab12-zzzzzzz9");

    AirGapModel defaults = TestModels.with("aws", "eu-west-1", "eu-west-1", "", PLAN);
    assertThat(ScpDocument.memberTargets(defaults).targetIds())
        .containsExactly("ou-ab12-workload1");
    assertThat(ScpDocument.centralAccount(defaults).targetIds()).containsExactly("222222222222");
  }

  @Test
  @DisplayName(
      "the size is measured on minified JSON and the examples fit the 5,120-character limit")
  void sizeIsMeasuredMinified() throws Exception {
    for (ScpDocument scp :
        List.of("basic", "enterprise").stream()
            .flatMap(example -> ScpDocument.build(TestModels.example(example)).stream())
            .toList()) {
      String pretty =
          new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(scp.content());
      assertThat(scp.minifiedLength())
          .isEqualTo(scp.minified().length())
          .isLessThan(pretty.length());
      assertThat(scp.minified()).doesNotContain(" \"", "\n");
      assertThat(new ObjectMapper().readTree(scp.minified()))
          .isEqualTo(new ObjectMapper().readTree(pretty));
      assertThat(scp.fitsLimit()).isTrue();
    }
  }

  @Test
  @DisplayName(
      "17 central regions and 4 admins fit the SCP limit; 10 long Identity Center patterns do not (AG5002 says so)")
  void largeModelFits() {
    String regions =
        "ap-northeast-1, ap-northeast-2, ap-northeast-3, ap-south-1, ap-southeast-1, ap-southeast-2,"
            + " ca-central-1, eu-central-1, eu-north-1, eu-west-1, eu-west-2, eu-west-3, sa-east-1, us-east-1,"
            + " us-east-2, us-west-1, us-west-2";
    StringBuilder admins = new StringBuilder();
    for (int i = 0; i < 3; i++) {
      admins
          .append(
              "    - arn:aws:iam::222222222222:role/aws-reserved/sso.amazonaws.com/*/AWSReservedSSO_Admin")
          .append(i)
          .append("_????????????????\n");
    }
    AirGapModel model = TestModels.read(yamlWithAdmins(regions, admins));
    for (ScpDocument scp : ScpDocument.build(model)) {
      assertThat(scp.minifiedLength())
          .as(scp.name())
          .isLessThanOrEqualTo(ScpDocument.MAX_CHARACTERS);
      assertThat(scp.fitsLimit()).isTrue();
    }
    assertThat(exempt(ScpDocument.centralAccount(model), CONFIGURATION)).hasSize(5);
    StringBuilder ten = new StringBuilder();
    for (int i = 0; i < 9; i++) {
      ten.append(
              "    - arn:aws:iam::222222222222:role/aws-reserved/sso.amazonaws.com/*/AWSReservedSSO_Admin")
          .append(i)
          .append("_????????????????\n");
    }
    assertThat(
            ScpDocument.centralAccount(TestModels.read(yamlWithAdmins(regions, ten))).fitsLimit())
        .isFalse();
  }

  private static String yamlWithAdmins(String regions, CharSequence extraAdmins) {
    return """
        organization: { id: o-a1b2c3d4e5, managementAccount: "111111111111" }
        central:
          account: "222222222222"
          regions: [%s]
          vault:
            name: airgap-central
            lock: { mode: governance, minRetentionDays: 7, maxRetentionDays: 3650 }
          admins:
            - arn:aws:iam::222222222222:role/BackupVaultAdmin
        %s
        members:
          targets: { organizationalUnits: [ou-ab12-workload1] }
          regions: [eu-west-1]
        plans:
          daily: { localRetentionDays: 14, copyToCentral: { retentionDays: 35 } }
        """
        .formatted(regions, extraAdmins.toString().stripTrailing());
  }

  @Test
  @DisplayName("the same model gives the same bytes")
  void deterministic() {
    AirGapModel model = TestModels.example("enterprise");
    assertThat(ScpDocument.build(model)).isEqualTo(ScpDocument.build(model));
  }
}
