package dev.airgap.generator.units;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.airgap.generator.Fixtures;
import dev.airgap.generator.GeneratedTemplate;
import dev.airgap.generator.TemplateGenerator;
import dev.airgap.generator.manifest.DeploymentUnit;
import dev.airgap.generator.yaml.TemplateReader;
import dev.airgap.model.AirGapModel;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.event.ruler.Machine;

/**
 * The Identity Center break-glass unit (golden case break-glass-identity-center): where it deploys,
 * what its permission sets may do, and that the break-glass alert matches the sessions of the roles
 * Identity Center provisions — decided by event-ruler, EventBridge's own matcher, on events shaped
 * like CloudTrail's (docs/aws-facts.md §18.4).
 */
class IdentityCenterBreakGlassUnitTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CENTRAL = "012345678901";
  private static final String SSO =
      "arn:aws:iam::" + CENTRAL + ":role/aws-reserved/sso.amazonaws.com/";

  private static JsonNode template(AirGapModel m, String unit) {
    for (GeneratedTemplate t : TemplateGenerator.standard().generate(m)) {
      if (t.unitId().value().equals(unit)) {
        return TemplateReader.read(t.content());
      }
    }
    throw new AssertionError("no template " + unit);
  }

  @Test
  @DisplayName("a stack in the management account, in the Identity Center Region")
  void deployment() {
    AirGapModel m = Fixtures.model("break-glass-identity-center");
    DeploymentUnit d =
        new IdentityCenterBreakGlassUnit().deployment(m, IdentityCenterBreakGlassUnit.ID).build();
    assertThat(d.kind()).isEqualTo(DeploymentUnit.UnitKind.STACK);
    assertThat(d.toString()).contains("111111111111").contains("eu-west-1");
  }

  @Test
  @DisplayName(
      "each permission set: one hour, no managed policy, assigned to its group in the central account only")
  void permissionSets() {
    JsonNode r =
        template(Fixtures.model("break-glass-identity-center"), "break-glass-identity-center")
            .path("Resources");
    for (String purpose : List.of("Restore", "VaultAdmin")) {
      JsonNode ps = r.path(purpose + "PermissionSet").path("Properties");
      assertThat(ps.path("SessionDuration").asText()).isEqualTo("PT1H");
      assertThat(ps.has("ManagedPolicies")).isFalse();
      assertThat(ps.path("InlinePolicy").toString())
          .doesNotContain("Delete\"")
          .doesNotContain("iam:*");
      JsonNode a = r.path(purpose + "Assignment").path("Properties");
      assertThat(a.path("TargetType").asText()).isEqualTo("AWS_ACCOUNT");
      assertThat(a.path("TargetId").asText()).isEqualTo(CENTRAL);
      assertThat(a.path("PrincipalType").asText()).isEqualTo("GROUP");
    }
    assertThat(r.path("RestorePermissionSet").path("Properties").path("InlinePolicy").toString())
        .contains("backup:StartRestoreJob")
        .doesNotContain("PutBackupVaultLockConfiguration");
    assertThat(r.path("VaultAdminPermissionSet").path("Properties").path("InlinePolicy").toString())
        .contains("backup:PutBackupVaultLockConfiguration")
        .doesNotContain("StartRestoreJob");
  }

  @Test
  @DisplayName(
      "the break-glass alert matches a permission-set session with and without the Region segment")
  void alertMatchesSessions() throws Exception {
    JsonNode pattern =
        template(Fixtures.model("break-glass-identity-center"), "central-alerts")
            .at("/Resources/BreakGlassUseRule/Properties/EventPattern");
    String restore = "AWSReservedSSO_airgap-break-glass-restore_aad2ada13f3171bf";
    String admin = "AWSReservedSSO_airgap-break-glass-vault-admin_0fed56ec5d997fc5";
    assertThat(matches(pattern, session(SSO + "eu-west-1/" + restore, "ListBackupVaults")))
        .isTrue();
    assertThat(matches(pattern, session(SSO + restore, "StartRestoreJob"))).isTrue();
    assertThat(
            matches(
                pattern, session(SSO + "eu-west-1/" + admin, "PutBackupVaultLockConfiguration")))
        .isTrue();
    assertThat(matches(pattern, assumeRoleWithSaml(SSO + "eu-west-1/" + restore))).isTrue();
    // Other permission sets and plain roles are the tamper rules' business, not this one's.
    assertThat(
            matches(
                pattern,
                session(
                    SSO + "eu-west-1/AWSReservedSSO_AdministratorAccess_11c170f9e933c874",
                    "ListBackupVaults")))
        .isFalse();
    assertThat(
            matches(
                pattern, session("arn:aws:iam::" + CENTRAL + ":role/OpsAdmin", "ListBackupVaults")))
        .isFalse();
  }

  private static boolean matches(JsonNode pattern, ObjectNode event) throws Exception {
    Machine machine = Machine.builder().build();
    machine.addRule("BreakGlassUseRule", pattern.toString());
    return machine.rulesForJSONEvent(event.toString()).contains("BreakGlassUseRule");
  }

  /** A call in a role session: userIdentity as in the CloudTrail userIdentity reference. */
  private static ObjectNode session(String roleArn, String eventName) {
    ObjectNode e = envelope("backup.amazonaws.com", eventName);
    String name = roleArn.substring(roleArn.lastIndexOf('/') + 1);
    ObjectNode u = ((ObjectNode) e.get("detail")).putObject("userIdentity");
    u.put("type", "AssumedRole")
        .put("arn", "arn:aws:sts::" + CENTRAL + ":assumed-role/" + name + "/alice@example.com")
        .put("accountId", CENTRAL);
    ObjectNode issuer = u.putObject("sessionContext").putObject("sessionIssuer");
    issuer.put("type", "Role").put("arn", roleArn).put("accountId", CENTRAL).put("userName", name);
    return e;
  }

  private static ObjectNode assumeRoleWithSaml(String roleArn) {
    ObjectNode e = envelope("sts.amazonaws.com", "AssumeRoleWithSAML");
    ObjectNode d = (ObjectNode) e.get("detail");
    d.putObject("userIdentity").put("type", "SAMLUser");
    d.putObject("requestParameters")
        .put("roleArn", roleArn)
        .put(
            "principalArn", "arn:aws:iam::" + CENTRAL + ":saml-provider/AWSSSO_0123_DO_NOT_DELETE");
    return e;
  }

  private static ObjectNode envelope(String eventSource, String eventName) {
    ObjectNode e = JSON.createObjectNode();
    e.put("source", "aws." + eventSource.substring(0, eventSource.indexOf('.')));
    e.put("detail-type", "AWS API Call via CloudTrail");
    e.put("account", CENTRAL).put("region", "eu-west-1");
    ObjectNode d = e.putObject("detail");
    d.put("eventSource", eventSource).put("eventName", eventName).put("awsRegion", "eu-west-1");
    return e;
  }
}
