package dev.airgap.generator.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
 * An evidence bucket in an audit account: AG6070 evaluates it in that account, with the audit
 * account's own administrator and root as attackers, and finds what goes missing.
 */
class EvidenceAuditAccountProofTest {
  private static final String MODEL =
      "airgap-generator/src/test/resources/golden/evidence-audit-account/airgap.yaml";

  private static Map<String, JsonNode> trees(List<GeneratedTemplate> templates) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    templates.forEach(t -> out.put(t.fileName(), TemplateReader.read(t.content())));
    return out;
  }

  private static List<String> ag6070(AirGapModel m, Map<String, JsonNode> trees) {
    List<GeneratedTemplate> templates = VerifyFixtures.generate(m);
    VerifyReport r = Verifier.verify(m, Placement.of(m, templates), trees);
    return r.findings().stream()
        .filter(f -> f.ruleId().equals("AG6070"))
        .map(Finding::message)
        .toList();
  }

  @Test
  @DisplayName("generated: sound; the bucket, its topic and rule are in the audit account")
  void generatedIsSound() {
    AirGapModel m = VerifyFixtures.model(VerifyFixtures.repo(MODEL));
    List<GeneratedTemplate> templates = VerifyFixtures.generate(m);
    assertThat(Verifier.verify(m, templates).findings()).isEmpty();
    assertThat(Placement.of(m, templates).get("evidence-bucket.yaml"))
        .containsExactly(new Placement.Site("555555555555", "eu-west-1"));
    assertThat(
            trees(templates).get("central-alerts.yaml").path("Resources").has("EvidenceTamperRule"))
        .as("the central account sees none of the audit account's events")
        .isFalse();
  }

  @Test
  @DisplayName("without the audit account's SCP its root rewrites the bucket policy: a breach")
  void withoutAuditScp() {
    AirGapModel m = VerifyFixtures.model(VerifyFixtures.repo(MODEL));
    Map<String, JsonNode> trees = trees(VerifyFixtures.generate(m));
    ObjectNode resources = (ObjectNode) trees.get("management.yaml").path("Resources");
    assertThat(resources.remove("EvidenceAccountProtectionScp")).isNotNull();
    assertThat(ag6070(m, trees))
        .anyMatch(
            msg ->
                msg.contains(
                    "audit-account root arn:aws:iam::555555555555:root can s3:PutBucketPolicy"))
        .anyMatch(msg -> msg.contains("events:DeleteRule") && msg.contains("audit-account admin"))
        .anyMatch(msg -> msg.contains("kms:DisableKey") && msg.contains("audit-account admin"));
  }

  @Test
  @DisplayName("without the admins' allow nobody could ever expire a report: a lock-out")
  void withoutAdminAllow() {
    AirGapModel m = VerifyFixtures.model(VerifyFixtures.repo(MODEL));
    Map<String, JsonNode> trees = trees(VerifyFixtures.generate(m));
    com.fasterxml.jackson.databind.node.ArrayNode statements =
        (com.fasterxml.jackson.databind.node.ArrayNode)
            trees
                .get("evidence-bucket.yaml")
                .path("Resources")
                .path("EvidenceBucketPolicy")
                .path("Properties")
                .path("PolicyDocument")
                .path("Statement");
    for (int i = 0; i < statements.size(); i++) {
      if (statements.get(i).path("Sid").asText().equals("AllowAdminsToManageEvidence")) {
        statements.remove(i);
        break;
      }
    }
    assertThat(ag6070(m, trees))
        .anyMatch(msg -> msg.startsWith("lock-out: ") && msg.contains("s3:DeleteObject"));
  }
}
