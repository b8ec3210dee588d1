package dev.airgap.generator.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.airgap.generator.GeneratedTemplate;
import dev.airgap.model.AirGapModel;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Restore testing adds a principal and an exemption to the central account; AG6050 proves neither
 * is a way around the air gap, and says so when one is.
 */
class RestoreTestingProofTest {
  private static final String MODEL =
      "airgap-generator/src/test/resources/golden/restore-testing/airgap.yaml";
  private static final String ROLE =
      "arn:aws:iam::012345678901:role/airgap-restore-testing-eu-west-1";

  @Test
  @DisplayName("generated: sound, and the central admin cannot write a restore testing plan")
  void generatedIsSound() {
    AirGapModel m = VerifyFixtures.model(VerifyFixtures.repo(MODEL));
    VerifyReport r = Verifier.verify(m, VerifyFixtures.generate(m));
    assertThat(r.findings()).isEmpty();
    assertThat(r.table().get(Position.Kind.CENTRAL_ADMIN, Property.NO_ESCALATION))
        .isEqualTo(ProofTable.Status.PROVEN);
  }

  @Test
  @DisplayName(
      "a logically air-gapped vault shared with recovery accounts: the split restore deny keeps"
          + " them, and the proof holds")
  void logicallyAirGapped() throws Exception {
    String yaml =
        Files.readString(
                VerifyFixtures.repo(
                    "airgap-generator/src/test/resources/golden/logically-air-gapped/airgap.yaml"))
            .replace(
                "  alerts: { email: [security@example.com] }\n",
                "  alerts: { email: [security@example.com] }\n"
                    + "  restoreTesting: { selections: { EBS: {} } }\n");
    AirGapModel m =
        dev.airgap.model.io.ModelReader.read(
                "airgap.yaml", yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8))
            .model()
            .orElseThrow();
    List<GeneratedTemplate> templates = VerifyFixtures.generate(m);
    VerifyReport r = Verifier.verify(m, templates);
    assertThat(r.findings()).isEmpty();
    String vault =
        new String(
            templates.stream()
                .filter(t -> t.fileName().equals("central-vault.yaml"))
                .findFirst()
                .orElseThrow()
                .content(),
            java.nio.charset.StandardCharsets.UTF_8);
    assertThat(vault)
        .contains("DenyCopyOutToAllButAdminsAndRecoveryAccounts")
        .contains("DenyRestoreToAllButAdminsAndRestoreTestingAndRecoveryAccounts");
  }

  @Test
  @DisplayName("an admin pattern that matches the restore-testing role: it is exempt, a breach")
  void exemptRoleIsABreach() throws Exception {
    String yaml =
        Files.readString(VerifyFixtures.repo(MODEL))
            .replace(
                "    - arn:aws:iam::012345678901:role/BackupVaultAdmin\n",
                "    - arn:aws:iam::012345678901:role/BackupVaultAdmin\n"
                    + "    - arn:aws:iam::012345678901:role/airgap-restore-*\n");
    AirGapModel m =
        dev.airgap.model.io.ModelReader.read(
                "airgap.yaml", yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8))
            .model()
            .orElseThrow();
    VerifyReport r = Verifier.verify(m, VerifyFixtures.generate(m));
    assertThat(r.findings())
        .anySatisfy(
            f -> {
              assertThat(f.ruleId()).isEqualTo("AG6050");
              assertThat(f.message()).contains(ROLE).contains("it is no admin");
            });
  }

  @Test
  @DisplayName(
      "the SCP no longer denies restore-testing changes: the central admin can redirect it")
  void restoreTestingChangesOpen() {
    AirGapModel m = VerifyFixtures.model(VerifyFixtures.repo(MODEL));
    List<GeneratedTemplate> templates = VerifyFixtures.generate(m);
    Map<String, JsonNode> trees = UnsoundTemplatesTest.trees(templates);
    ArrayNode statements =
        (ArrayNode)
            trees
                .get("management.yaml")
                .path("Resources")
                .path("CentralAccountProtectionScp")
                .path("Properties")
                .path("Content")
                .path("Statement");
    boolean removed = false;
    for (int i = 0; i < statements.size(); i++) {
      if (statements.get(i).path("Sid").asText().startsWith("DenyRestoreTestingChanges")) {
        statements.remove(i);
        removed = true;
        break;
      }
    }
    assertThat(removed).isTrue();

    VerifyReport r = Verifier.verify(m, Placement.of(m, templates), trees);

    assertThat(r.findings())
        .anySatisfy(
            f -> {
              assertThat(f.ruleId()).isEqualTo("AG6051");
              assertThat(f.message())
                  .contains("central admin")
                  .contains("backup:CreateRestoreTestingSelection");
            });
  }

  @Test
  @DisplayName(
      "the vault exempts the restore-testing service-linked role from a delete too: a breach")
  void widerExemptionIsABreach() {
    AirGapModel m = VerifyFixtures.model(VerifyFixtures.repo(MODEL));
    List<GeneratedTemplate> templates = VerifyFixtures.generate(m);
    Map<String, JsonNode> trees = UnsoundTemplatesTest.trees(templates);
    for (JsonNode s :
        trees
            .get("central-vault.yaml")
            .path("Resources")
            .path("CentralVault")
            .path("Properties")
            .path("AccessPolicy")
            .path("Statement")) {
      if (s.path("Sid").asText().equals("DenyRestoreToAllButAdminsAndRestoreTesting")) {
        ((ObjectNode) s).withArray("Action").add("backup:DeleteRecoveryPoint");
      }
    }

    VerifyReport r = Verifier.verify(m, Placement.of(m, templates), trees);

    assertThat(r.findings())
        .anySatisfy(
            f -> {
              assertThat(f.ruleId()).isEqualTo("AG6051");
              assertThat(f.message()).contains("from backup:DeleteRecoveryPoint");
            });
  }
}
