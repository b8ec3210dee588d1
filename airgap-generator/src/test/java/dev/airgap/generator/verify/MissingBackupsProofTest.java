package dev.airgap.generator.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.airgap.generator.GeneratedTemplate;
import dev.airgap.model.AirGapModel;
import dev.airgap.model.validate.Finding;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * AG6060 and AG6011 on the missing-backup notifications (golden case missing-backups): the Config
 * rules carry the model's age and scope, their NON_COMPLIANT results reach the topic and COMPLIANT
 * ones do not, and a member admin can neither delete nor weaken a Config rule nor touch the
 * forwarding rule.
 */
class MissingBackupsProofTest {
  private static final String MODEL =
      "airgap-generator/src/test/resources/golden/missing-backups/airgap.yaml";

  private static AirGapModel model() {
    return VerifyFixtures.model(VerifyFixtures.repo(MODEL));
  }

  @Test
  @DisplayName("generated: no finding")
  void generatedIsSound() {
    AirGapModel m = model();
    VerifyReport r = Verifier.verify(m, VerifyFixtures.generate(m));
    assertThat(r.findings()).isEmpty();
  }

  @Test
  @DisplayName("a Config rule with a longer age or one resource in scope is reported (AG6060)")
  void weakenedConfigRule() {
    assertThat(
            findingsOf(
                "raise the age of member-baseline.yaml MissingBackupConfigRuleEbs to 744 hours"))
        .anySatisfy(
            x -> {
              assertThat(x.ruleId()).isEqualTo("AG6060");
              assertThat(x.message()).contains("airgap-backup-age-ebs").contains("not 30 hours");
            });
    assertThat(
            findingsOf(
                "scope member-baseline.yaml MissingBackupConfigRuleDynamodb to one resource"))
        .anySatisfy(x -> assertThat(x.message()).contains("not every AWS::DynamoDB::Table"));
  }

  @Test
  @DisplayName("rules that match only COMPLIANT, or forward elsewhere, do not deliver (AG6060)")
  void delivery() {
    assertThat(
            findingsOf(
                "match only COMPLIANT results in member-baseline.yaml MissingBackupForwardingRule"))
        .anySatisfy(
            x ->
                assertThat(x.message())
                    .contains("does not match a NON_COMPLIANT result of airgap-backup-age-ebs")
                    .contains("in eu-central-1"));
    assertThat(
            findingsOf(
                "match only COMPLIANT results in job-events.yaml MissingBackupNotificationsRule"))
        .anySatisfy(x -> assertThat(x.message()).contains("also matches COMPLIANT results"));
    assertThat(
            findingsOf(
                "point member-baseline.yaml MissingBackupForwardingRule at another account's bus"))
        .anySatisfy(x -> assertThat(x.message()).contains("does not forward to"));
  }

  @Test
  @DisplayName("member SCP without the Config rule statement: a member admin deletes them (AG6011)")
  void memberScpWithoutConfigRuleStatement() {
    AirGapModel m = model();
    List<GeneratedTemplate> templates = VerifyFixtures.generate(m);
    Map<String, JsonNode> trees = UnsoundTemplatesTest.trees(templates);
    ArrayNode statements =
        (ArrayNode)
            trees
                .get("management.yaml")
                .path("Resources")
                .path("CentralVaultProtectionScp")
                .path("Properties")
                .path("Content")
                .path("Statement");
    boolean removed = false;
    for (int i = statements.size() - 1; i >= 0; i--) {
      if (statements
          .get(i)
          .path("Sid")
          .asText()
          .equals("DenyMissingBackupRuleChangesToAllButStackSets")) {
        statements.remove(i);
        removed = true;
      }
    }
    assertThat(removed).isTrue();
    VerifyReport r = Verifier.verify(m, Placement.of(m, templates), trees);
    assertThat(r.findings())
        .anySatisfy(
            x -> {
              assertThat(x.ruleId()).isEqualTo("AG6011");
              assertThat(x.message())
                  .contains("can config:DeleteConfigRule")
                  .contains(":config-rule/");
            });
  }

  private static List<Finding> findingsOf(String mutantDescription) {
    return JobEventMutants.findingsOf(model(), mutantDescription);
  }
}
