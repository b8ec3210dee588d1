package dev.airgap.generator.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.airgap.generator.GeneratedTemplate;
import dev.airgap.generator.yaml.TemplateReader;
import dev.airgap.model.AirGapModel;
import dev.airgap.model.validate.Finding;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The central key in a key account (AG6080): the generated templates are proven, and each of the
 * three claims of issue 14 fails visibly when the statement that makes it true is removed.
 */
class KeyAccountProofTest {
  private static final String MODEL =
      "airgap-generator/src/test/resources/golden/key-account/airgap.yaml";

  private static AirGapModel model() {
    return VerifyFixtures.model(VerifyFixtures.repo(MODEL));
  }

  @Test
  @DisplayName("generated: sound; key-account admin and key admin without MFA rows are proven")
  void generatedIsSound() {
    AirGapModel m = model();
    VerifyReport r = Verifier.verify(m, VerifyFixtures.generate(m));
    assertThat(r.findings()).isEmpty();
    assertThat(r.table().get(Position.Kind.KEY_ACCOUNT_ADMIN, Property.NO_DESTRUCTION))
        .isEqualTo(ProofTable.Status.PROVEN);
    assertThat(r.table().get(Position.Kind.KEY_ACCOUNT_ADMIN, Property.ALERTS))
        .isEqualTo(ProofTable.Status.PROVEN);
    assertThat(r.table().get(Position.Kind.KEY_ADMIN_WITHOUT_MFA, Property.NO_DESTRUCTION))
        .isEqualTo(ProofTable.Status.PROVEN);
    assertThat(r.table().get(Position.Kind.KEY_ADMIN_WITHOUT_MFA, Property.NO_LOCKOUT))
        .isEqualTo(ProofTable.Status.PROVEN);
    assertThat(r.table().get(Position.Kind.CENTRAL_ADMIN, Property.NO_DESTRUCTION))
        .isEqualTo(ProofTable.Status.PROVEN);
  }

  @Test
  @DisplayName("without the MFA deny in the key policy, a key admin without MFA is a finding")
  void mfaDenyRemoved() {
    List<String> messages =
        findingsWithout(KEY_FILE, KEY_STATEMENTS, "DenyKeyDestructionWithoutMfa");
    assertThat(messages)
        .anyMatch(
            m ->
                m.contains("the key policy")
                    && m.contains("key admin without MFA")
                    && m.contains("kms:ScheduleKeyDeletion"));
  }

  @Test
  @DisplayName(
      "without the key-admin deny of the key-account SCP, its SCPs alone let a key-account admin"
          + " with MFA disable the key")
  void keyAdminDenyRemoved() {
    List<String> messages =
        findingsWithout(
            "management.yaml",
            "/Resources/KeyAccountProtectionScp/Properties/Content/Statement",
            "DenyKeyDestructionToAllButKeyAdmins");
    assertThat(messages)
        .anyMatch(m -> m.contains("key-account admin") && m.contains("kms:DisableKey"));
  }

  @Test
  @DisplayName("without the AWS Backup statement, the central account is locked out of its key")
  void backupUseRemoved() {
    List<String> messages =
        findingsWithout(KEY_FILE, KEY_STATEMENTS, "CentralAccountBackupUsesKey");
    assertThat(messages).anyMatch(m -> m.startsWith("lock-out:") && m.contains("kms:Decrypt"));
  }

  private static final String KEY_FILE = "central-key.yaml";
  private static final String KEY_STATEMENTS =
      "/Resources/CentralVaultKey/Properties/KeyPolicy/Statement";

  /** AG6080 messages after removing statement {@code sid} from the statements at {@code at}. */
  private static List<String> findingsWithout(String file, String at, String sid) {
    AirGapModel m = model();
    List<GeneratedTemplate> templates = VerifyFixtures.generate(m);
    Map<String, JsonNode> trees = new LinkedHashMap<>();
    templates.forEach(t -> trees.put(t.fileName(), TemplateReader.read(t.content())));
    ArrayNode statements = (ArrayNode) trees.get(file).at(at);
    int before = statements.size();
    for (int i = statements.size() - 1; i >= 0; i--) {
      if (((ObjectNode) statements.get(i)).path("Sid").asText().equals(sid)) {
        statements.remove(i);
      }
    }
    assertThat(statements.size()).as("statement " + sid + " present").isEqualTo(before - 1);
    VerifyReport r = Verifier.verify(m, Placement.of(m, templates), trees);
    return r.findings().stream()
        .filter(f -> f.ruleId().equals("AG6080"))
        .map(Finding::message)
        .toList();
  }
}
