package dev.airgap.generator.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.airgap.generator.GeneratedTemplate;
import dev.airgap.model.AirGapModel;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The Identity Center break-glass door (golden case break-glass-identity-center): the roles
 * Identity Center provisions are admins nobody but Identity Center can mint, their permission sets
 * hold one purpose for at most an hour, and every use alerts (AG6012, AG6002).
 */
class IdentityCenterBreakGlassProofTest {
  private static final String MODEL =
      "airgap-generator/src/test/resources/golden/break-glass-identity-center/airgap.yaml";
  private static final String FILE = "break-glass-identity-center.yaml";

  private static VerifyReport verify(Consumer<Map<String, JsonNode>> weaken) {
    AirGapModel m = VerifyFixtures.model(VerifyFixtures.repo(MODEL));
    List<GeneratedTemplate> templates = VerifyFixtures.generate(m);
    Map<String, JsonNode> trees = UnsoundTemplatesTest.trees(templates);
    weaken.accept(trees);
    return Verifier.verify(m, Placement.of(m, templates), trees);
  }

  private static ObjectNode props(Map<String, JsonNode> trees, String logicalId) {
    return (ObjectNode) trees.get(FILE).path("Resources").path(logicalId).path("Properties");
  }

  @Test
  @DisplayName(
      "generated: sound; central admin cannot mint the role; Identity Center admin is an assumption")
  void generatedIsSound() {
    VerifyReport r = verify(t -> {});
    assertThat(r.findings()).isEmpty();
    for (Property p : List.of(Property.NO_DESTRUCTION, Property.NO_ESCALATION, Property.ALERTS)) {
      assertThat(r.table().get(Position.Kind.VAULT_ADMIN, p))
          .as(p.label())
          .isEqualTo(ProofTable.Status.PROVEN);
    }
    assertThat(r.table().get(Position.Kind.CENTRAL_ADMIN, Property.NO_ESCALATION))
        .isEqualTo(ProofTable.Status.PROVEN);
    assertThat(r.table().get(Position.Kind.IDENTITY_CENTER_ADMIN, Property.NO_ESCALATION))
        .isEqualTo(ProofTable.Status.ASSUMPTION);
    assertThat(r.assumptions())
        .anySatisfy(a -> assertThat(a).contains("break-glass groups").contains("MFA"));
  }

  @Test
  @DisplayName("a session longer than an hour is a breach")
  void longSession() {
    VerifyReport r = verify(t -> props(t, "RestorePermissionSet").put("SessionDuration", "PT8H"));
    assertThat(r.findings())
        .anySatisfy(
            f -> {
              assertThat(f.ruleId()).isEqualTo("AG6012");
              assertThat(f.message()).contains("sessions of PT8H");
            });
  }

  @Test
  @DisplayName("a managed policy on a break-glass permission set is a breach")
  void managedPolicy() {
    VerifyReport r =
        verify(
            t ->
                props(t, "VaultAdminPermissionSet")
                    .putArray("ManagedPolicies")
                    .add("arn:aws:iam::aws:policy/AdministratorAccess"));
    assertThat(r.findings())
        .anySatisfy(f -> assertThat(f.message()).contains("trust attaches ManagedPolicies"));
  }

  @Test
  @DisplayName("a restore permission set that may also delete is a breach")
  void deletes() {
    VerifyReport r =
        verify(
            t -> {
              ArrayNode actions =
                  (ArrayNode)
                      props(t, "RestorePermissionSet")
                          .path("InlinePolicy")
                          .path("Statement")
                          .get(0)
                          .path("Action");
              actions.add("backup:DeleteRecoveryPoint");
            });
    assertThat(r.findings())
        .anySatisfy(
            f ->
                assertThat(f.message())
                    .contains("airgap-break-glass-restore")
                    .contains("backup:DeleteRecoveryPoint"));
  }

  @Test
  @DisplayName("an alert rule that stops matching the Identity Center roles is a breach")
  void silentUse() {
    VerifyReport r =
        verify(
            t -> {
              ArrayNode or =
                  (ArrayNode)
                      t.get("central-alerts.yaml")
                          .path("Resources")
                          .path("BreakGlassUseRule")
                          .path("Properties")
                          .path("EventPattern")
                          .path("detail")
                          .path("$or");
              or.remove(1);
            });
    assertThat(r.findings())
        .anySatisfy(
            f -> {
              assertThat(f.ruleId()).isEqualTo("AG6012");
              assertThat(f.message()).contains("silent: s3:CreateBucket in its session");
            });
  }
}
