package dev.airgap.generator.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.airgap.generator.GeneratedTemplate;
import dev.airgap.model.AirGapModel;
import dev.airgap.model.validate.Finding;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * AG6060 and AG6011 on the job notifications: the generated bus admits only the organization, the
 * forwarder role only forwards, the rules deliver, and a member admin cannot touch the forwarding;
 * each weakening of {@link JobEventMutants} and of the member SCP statement is reported.
 */
class JobEventsProofTest {
  private static final String MODEL =
      "airgap-generator/src/test/resources/golden/job-events/airgap.yaml";

  private static AirGapModel model() {
    return VerifyFixtures.model(VerifyFixtures.repo(MODEL));
  }

  @Test
  @DisplayName("generated: no finding, the outsider row is proven")
  void generatedIsSound() {
    AirGapModel m = model();
    VerifyReport r = Verifier.verify(m, VerifyFixtures.generate(m));
    assertThat(r.findings()).isEmpty();
    assertThat(r.table().get(Position.Kind.OUTSIDER, Property.NO_ESCALATION))
        .isEqualTo(ProofTable.Status.PROVEN);
  }

  @Test
  @DisplayName("bus policy without aws:PrincipalOrgID: an outsider can put events (AG6060)")
  void busWithoutOrganizationCondition() {
    List<Finding> f = findingsOf("drop the organization condition of job-events.yaml JobEventBus");
    assertThat(f)
        .anySatisfy(
            x -> {
              assertThat(x.ruleId()).isEqualTo("AG6060");
              assertThat(x.message())
                  .contains("outsider")
                  .contains("can events:PutEvents on")
                  .contains(":event-bus/airgap-backup-job-events");
            });
  }

  @Test
  @DisplayName("bus policy with events:*: a member principal can add rules to the bus (AG6060)")
  void busAllowingEveryAction() {
    assertThat(findingsOf("allow every events action in job-events.yaml JobEventBus"))
        .anySatisfy(x -> assertThat(x.message()).contains("can events:PutRule on"));
  }

  @Test
  @DisplayName("forwarder role widened to *: it can put events on its own default bus (AG6060)")
  void forwarderWidened() {
    assertThat(findingsOf("widen the resource of member-baseline.yaml JobEventForwarderRole to *"))
        .anySatisfy(
            x ->
                assertThat(x.message())
                    .contains("JobEventForwarderRole can also events:PutEvents")
                    .contains(":event-bus/default"));
    assertThat(findingsOf("let member-baseline.yaml JobEventForwarderRole pass any role"))
        .anySatisfy(x -> assertThat(x.message()).contains("can also iam:PassRole"));
    assertThat(
            findingsOf("trust every AWS principal with member-baseline.yaml JobEventForwarderRole"))
        .anySatisfy(x -> assertThat(x.message()).contains("not by EventBridge alone"));
  }

  @Test
  @DisplayName("forwarding rule pointed elsewhere, or the central rule disabled: not delivered")
  void delivery() {
    assertThat(
            findingsOf(
                "point member-baseline.yaml JobEventForwardingRule at another account's bus"))
        .anySatisfy(x -> assertThat(x.message()).contains("does not forward to"));
  }

  @Test
  @DisplayName(
      "member SCP without the forwarding statement: a member admin deletes the rule (AG6011)")
  void memberScpWithoutForwardingStatement() {
    AirGapModel m = model();
    List<GeneratedTemplate> templates = VerifyFixtures.generate(m);
    Map<String, JsonNode> trees = UnsoundTemplatesTest.trees(templates);
    JsonNode statements =
        trees
            .get("management.yaml")
            .path("Resources")
            .path("CentralVaultProtectionScp")
            .path("Properties")
            .path("Content")
            .path("Statement");
    boolean removed = false;
    for (int i = 0; i < statements.size(); i++) {
      if (statements
          .get(i)
          .path("Sid")
          .asText()
          .equals("DenyJobEventForwardingChangesToAllButStackSets")) {
        ((com.fasterxml.jackson.databind.node.ArrayNode) statements).remove(i);
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
                  .contains("can events:DeleteRule")
                  .contains(":rule/airgap-backup-job-forwarding");
            });
  }

  private static List<Finding> findingsOf(String mutantDescription) {
    return JobEventMutants.findingsOf(model(), mutantDescription);
  }
}
