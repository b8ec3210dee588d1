package dev.airgap.generator.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.airgap.generator.GeneratedTemplate;
import dev.airgap.model.AirGapModel;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The break-glass roles are admins no other position can become: on the generated templates the
 * central administrator who is not a vault admin reaches neither, and once the guardrail stops
 * naming them it re-trusts one and destroys (AG6002).
 */
class BreakGlassProofTest {
  private static final String MODEL =
      "airgap-generator/src/test/resources/golden/break-glass-iam/airgap.yaml";
  private static final String RESTORE = "arn:aws:iam::012345678901:role/airgap-break-glass-restore";

  @Test
  @DisplayName("generated: no position becomes a break-glass role; the vault-admin row is proven")
  void generatedIsSound() {
    AirGapModel m = VerifyFixtures.model(VerifyFixtures.repo(MODEL));
    VerifyReport r = Verifier.verify(m, VerifyFixtures.generate(m));
    assertThat(r.findings()).isEmpty();
    for (Property p : List.of(Property.NO_DESTRUCTION, Property.NO_ESCALATION, Property.ALERTS)) {
      assertThat(r.table().get(Position.Kind.VAULT_ADMIN, p))
          .as(p.label())
          .isEqualTo(ProofTable.Status.PROVEN);
    }
    assertThat(r.table().get(Position.Kind.CENTRAL_ADMIN, Property.NO_ESCALATION))
        .isEqualTo(ProofTable.Status.PROVEN);
  }

  @Test
  @DisplayName(
      "guardrail without the break-glass roles: the central admin re-trusts one, then acts")
  void guardrailWithoutThemIsABreach() {
    AirGapModel m = VerifyFixtures.model(VerifyFixtures.repo(MODEL));
    List<GeneratedTemplate> templates = VerifyFixtures.generate(m);
    Map<String, JsonNode> trees = UnsoundTemplatesTest.trees(templates);
    JsonNode statements =
        trees
            .get("management.yaml")
            .path("Resources")
            .path("CentralAccountProtectionScp")
            .path("Properties")
            .path("Content")
            .path("Statement");
    boolean edited = false;
    for (JsonNode s : statements) {
      if (s.path("Sid").asText().equals("DenyExemptPrincipalTakeoverToAllButAdmins")) {
        // The roles the guardrail protects are its Resource; its exemption stays as generated.
        ArrayNode guarded = (ArrayNode) s.path("Resource");
        for (Iterator<JsonNode> it = guarded.iterator(); it.hasNext(); ) {
          if (it.next().asText().contains("break-glass")) {
            it.remove();
            edited = true;
          }
        }
      }
    }
    assertThat(edited).as("the guardrail guarded the break-glass roles").isTrue();

    VerifyReport r = Verifier.verify(m, Placement.of(m, templates), trees);

    assertThat(r.findings())
        .anySatisfy(
            f -> {
              assertThat(f.ruleId()).isEqualTo("AG6002");
              assertThat(f.message())
                  .contains("central admin")
                  .contains("iam:UpdateAssumeRolePolicy")
                  .contains(RESTORE);
            });
    assertThat(r.table().get(Position.Kind.CENTRAL_ADMIN, Property.NO_ESCALATION))
        .isEqualTo(ProofTable.Status.BREACH);
  }
}
