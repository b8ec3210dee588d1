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
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.event.ruler.Machine;

class RestoreTestingUnitTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode template(AirGapModel model, UnitId unit) {
    for (GeneratedTemplate t : TemplateGenerator.standard().generate(model)) {
      if (t.unitId().equals(unit)) {
        return TemplateReader.read(t.content());
      }
    }
    throw new AssertionError(unit);
  }

  @Test
  @DisplayName(
      "the rule matches failed and aborted restore jobs and failed or timed-out validations, nothing else")
  void failedRestoresAlert() {
    JsonNode t = template(Fixtures.model("restore-testing"), RestoreTestingUnit.ID);
    JsonNode pattern = t.at("/Resources/RestoreTestFailedRule/Properties/EventPattern");
    assertThat(matches(pattern, restoreEvent("FAILED", null))).isTrue();
    assertThat(matches(pattern, restoreEvent("ABORTED", null))).isTrue();
    assertThat(matches(pattern, restoreEvent("COMPLETED", "FAILED"))).isTrue();
    assertThat(matches(pattern, restoreEvent("COMPLETED", "TIMED_OUT"))).isTrue();
    assertThat(matches(pattern, restoreEvent("COMPLETED", null))).isFalse();
    assertThat(matches(pattern, restoreEvent("COMPLETED", "SUCCESSFUL"))).isFalse();
    assertThat(matches(pattern, restoreEvent("RUNNING", null))).isFalse();
    ObjectNode backupJob = restoreEvent("FAILED", null);
    backupJob.put("detail-type", "Backup Job State Change");
    assertThat(matches(pattern, backupJob)).as("another job type").isFalse();
    assertThat(t.at("/Resources/RestoreTestFailedRule/Properties/Targets/0/Arn/Fn::Sub").asText())
        .endsWith(":airgap-backup-alerts");
  }

  @Test
  @DisplayName(
      "the plan restores only the central vault's copies, with a role only AWS Backup of the account assumes")
  void planAndRole() {
    JsonNode t = template(Fixtures.model("restore-testing"), RestoreTestingUnit.ID);
    JsonNode selection = t.at("/Resources/RestoreTestingPlan/Properties/RecoveryPointSelection");
    assertThat(selection.at("/IncludeVaults").size()).isEqualTo(1);
    assertThat(selection.at("/IncludeVaults/0/Fn::Sub").asText())
        .endsWith(":backup-vault:airgap-central");
    assertThat(selection.at("/Algorithm").asText()).isEqualTo("RANDOM_WITHIN_WINDOW");
    JsonNode trust =
        t.at("/Resources/RestoreTestingRole/Properties/AssumeRolePolicyDocument/Statement/0");
    assertThat(trust.at("/Principal/Service").asText()).isEqualTo("backup.amazonaws.com");
    assertThat(trust.at("/Principal").has("AWS")).isFalse();
    assertThat(trust.at("/Condition/StringEquals/aws:SourceAccount/Ref").asText())
        .isEqualTo("AWS::AccountId");
    assertThat(
            t.at("/Resources/RestoreTestingSelectionEBS/Properties/ValidationWindowHours").asInt())
        .isEqualTo(4);
    assertThat(
            t.at("/Resources/RestoreTestingSelectionRDS/Properties").has("ValidationWindowHours"))
        .isFalse();
  }

  @Test
  @DisplayName(
      "without restoreTesting the vault's copy-out and restore deny stays one admins-only statement")
  void vaultPolicyUnchangedWithout() {
    JsonNode vault = template(Fixtures.model("minimal"), CentralVaultUnit.ID);
    String policy = vault.toString();
    assertThat(policy).contains("DenyCopyOutAndRestoreToAllButAdmins");
    assertThat(policy).doesNotContain("AWSServiceRoleForBackupRestoreTesting");
    JsonNode with = template(Fixtures.model("restore-testing"), CentralVaultUnit.ID);
    assertThat(with.toString())
        .contains("DenyCopyOutToAllButAdmins")
        .contains("DenyRestoreToAllButAdminsAndRestoreTesting");
  }

  private static ObjectNode restoreEvent(String status, String validationStatus) {
    ObjectNode e = JSON.createObjectNode();
    e.put("source", "aws.backup").put("detail-type", "Restore Job State Change");
    ObjectNode detail = e.putObject("detail");
    detail.put("restoreJobId", "D59196C8-8951-4C80-E71E-8F41E6D364E5").put("status", status);
    detail.put("resourceType", "EBS");
    if (validationStatus != null) {
      detail.put("validationStatus", validationStatus);
    }
    return e;
  }

  /** event-ruler, the matching library EventBridge uses, decides. */
  private static boolean matches(JsonNode pattern, JsonNode event) {
    try {
      Machine machine = Machine.builder().build();
      machine.addRule("r", pattern.toString());
      return machine.rulesForJSONEvent(event.toString()).contains("r");
    } catch (Exception e) {
      throw new AssertionError(
          "event-ruler rejects the pattern or the event: " + e.getMessage(), e);
    }
  }
}
