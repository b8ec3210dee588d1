package dev.airgap.generator.units;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.airgap.generator.Fixtures;
import dev.airgap.generator.GeneratedTemplate;
import dev.airgap.generator.TemplateGenerator;
import dev.airgap.generator.yaml.TemplateReader;
import dev.airgap.model.AirGapModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.event.ruler.Machine;

/**
 * The missing-backup rules (golden case missing-backups) against AWS Config's compliance change
 * event (test resource {@code aws-config-events/compliance-change.json}, docs/aws-facts.md §17.5),
 * matched by event-ruler; and the message the central input transformer makes of it.
 */
class MissingBackupPatternsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Map<String, JsonNode> rules() {
    AirGapModel model = Fixtures.model("missing-backups");
    Map<String, JsonNode> rules = new LinkedHashMap<>();
    for (GeneratedTemplate t : TemplateGenerator.standard().generate(model)) {
      JsonNode resources = TemplateReader.read(t.content()).path("Resources");
      if (t.unitId().equals(MemberBaselineUnit.ID)) {
        rules.put(
            "member", resources.path(MemberMissingBackups.FORWARDING_RULE).path("Properties"));
      } else if (t.unitId().equals(JobEventsUnit.ID)) {
        rules.put("central", resources.path(JobEventsUnit.MISSING_BACKUP_RULE).path("Properties"));
      }
    }
    assertThat(rules.values()).allSatisfy(r -> assertThat(r.isMissingNode()).isFalse());
    assertThat(rules).containsOnlyKeys("member", "central");
    return rules;
  }

  /** AWS's event with airgap's rule name, a resource of its type and the given result. */
  private static ObjectNode event(String rule, String type, String compliance) throws Exception {
    ObjectNode e =
        (ObjectNode)
            JSON.readTree(
                Files.readString(
                    Path.of("src/test/resources/aws-config-events/compliance-change.json")));
    ObjectNode d = (ObjectNode) e.path("detail");
    d.put("configRuleName", rule);
    d.put("resourceType", type);
    d.put("resourceId", "vol-0a1b2c3d4e5f67890");
    ((ObjectNode) d.path("newEvaluationResult")).put("complianceType", compliance);
    return e;
  }

  private static boolean matches(JsonNode rule, JsonNode event) throws Exception {
    Machine machine = Machine.builder().build();
    machine.addRule("rule", rule.path("EventPattern").toString());
    return !machine.rulesForJSONEvent(event.toString()).isEmpty();
  }

  @Test
  @DisplayName("NON_COMPLIANT results of airgap's rules match, member and central")
  void nonCompliantMatches() throws Exception {
    for (Map.Entry<String, JsonNode> r : rules().entrySet()) {
      assertThat(
              matches(
                  r.getValue(),
                  event("airgap-backup-age-ebs", "AWS::EC2::Volume", "NON_COMPLIANT")))
          .as(r.getKey())
          .isTrue();
      assertThat(
              matches(
                  r.getValue(),
                  event("airgap-backup-age-dynamodb", "AWS::DynamoDB::Table", "NON_COMPLIANT")))
          .as(r.getKey())
          .isTrue();
    }
  }

  @Test
  @DisplayName("COMPLIANT, another rule's name, AWS's own sample and a forged source do not match")
  void othersStayQuiet() throws Exception {
    for (Map.Entry<String, JsonNode> r : rules().entrySet()) {
      JsonNode rule = r.getValue();
      assertThat(matches(rule, event("airgap-backup-age-ebs", "AWS::EC2::Volume", "COMPLIANT")))
          .as(r.getKey())
          .isFalse();
      assertThat(matches(rule, event("airgap-backup-age-s3", "AWS::S3::Bucket", "NON_COMPLIANT")))
          .as(r.getKey() + ": S3 is not in this model's plans")
          .isFalse();
      assertThat(matches(rule, event("cloudtrail-enabled", "AWS::::Account", "NON_COMPLIANT")))
          .isFalse();
      ObjectNode forged = event("airgap-backup-age-ebs", "AWS::EC2::Volume", "NON_COMPLIANT");
      forged.put("source", "custom.config");
      assertThat(matches(rule, forged)).isFalse();
    }
  }

  @Test
  @DisplayName("the message names resource, type, account, region, rule and the model's hours")
  void message() throws Exception {
    JsonNode transformer = rules().get("central").path("Targets").path(0).path("InputTransformer");
    String out = transformer.path("InputTemplate").asText();
    JsonNode event = event("airgap-backup-age-ebs", "AWS::EC2::Volume", "NON_COMPLIANT");
    var it = transformer.path("InputPathsMap").properties().iterator();
    while (it.hasNext()) {
      var e = it.next();
      JsonNode v = event;
      for (String part : e.getValue().asText().substring(2).split("\\.")) {
        v = v.path(part);
      }
      assertThat(v.isTextual()).as(e.getKey() + " is a field of AWS's event").isTrue();
      out = out.replace("<" + e.getKey() + ">", v.asText());
    }
    assertThat(JSON.readTree(out).asText())
        .isEqualTo(
            "airgap missing backup: AWS::EC2::Volume vol-0a1b2c3d4e5f67890 in account"
                + " 123456789012, region us-east-2 has had no new recovery point for more than 30"
                + " hours (AWS Config rule airgap-backup-age-ebs, reported at"
                + " 2018-03-22T00:38:11Z).");
  }
}
