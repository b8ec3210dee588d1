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
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * AG6090 on the golden case {@code recovery-organization}: proven as generated, and a breach for
 * each way of pulling the recovery path back into the production organization's reach.
 */
class RecoveryOrganizationProofTest {
  private static final String MODEL =
      "airgap-generator/src/test/resources/golden/recovery-organization/airgap.yaml";

  private AirGapModel model;
  private List<GeneratedTemplate> templates;
  private Map<String, JsonNode> trees;

  @BeforeEach
  void generate() {
    model = VerifyFixtures.model(VerifyFixtures.repo(MODEL));
    templates = VerifyFixtures.generate(model);
    trees = new LinkedHashMap<>();
    templates.forEach(t -> trees.put(t.fileName(), TemplateReader.read(t.content())));
  }

  private VerifyReport verify() {
    return Verifier.verify(model, Placement.of(model, templates), trees);
  }

  private void edit(String file, String logicalId, Consumer<ObjectNode> change) {
    change.accept((ObjectNode) trees.get(file).path("Resources").path(logicalId));
  }

  private static List<String> ag6090(VerifyReport r) {
    return r.findings().stream()
        .filter(f -> f.ruleId().equals("AG6090"))
        .map(Finding::message)
        .toList();
  }

  @Test
  @DisplayName("generated: every cell of the recovery organization row is proven, no finding")
  void generatedIsProven() {
    VerifyReport r = verify();
    // The proof table and its statements, as airgap:verify prints them (docs/verify.md).
    System.out.println(r.render());
    assertThat(r.findings()).isEmpty();
    assertThat(r.render()).contains("Recovery organization o-recovery1234: no position");
    for (Property p :
        List.of(
            Property.NO_DESTRUCTION,
            Property.NO_LOCKOUT,
            Property.NO_ESCALATION,
            Property.ALERTS)) {
      assertThat(r.table().get(Position.Kind.RECOVERY_ORGANIZATION, p))
          .as(p.label())
          .isEqualTo(ProofTable.Status.PROVEN);
    }
    assertThat(r.table().get(Position.Kind.MANAGEMENT, Property.NO_ESCALATION))
        .isEqualTo(ProofTable.Status.ASSUMPTION);
  }

  @Test
  @DisplayName("a vault policy that lets the recovery account re-policy the vault is a breach")
  void recoveryAccountMayConfigure() {
    edit(
        "central-vault.yaml",
        "CentralVault",
        v -> {
          for (JsonNode s : v.path("Properties").path("AccessPolicy").path("Statement")) {
            if (s.path("Action").toString().contains("PutBackupVaultAccessPolicy")) {
              ((ObjectNode) s.path("Condition"))
                  .putObject("StringNotEquals")
                  .putArray("aws:PrincipalAccount")
                  .add("888888888888");
            }
          }
        });
    assertThat(ag6090(verify()))
        .anyMatch(m -> m.contains("recovery account can backup:PutBackupVaultAccessPolicy"));
  }

  @Test
  @DisplayName("a restore deny without the recovery account's exemption locks it out")
  void recoveryAccountLockedOut() {
    edit(
        "central-vault.yaml",
        "CentralVault",
        v -> {
          for (JsonNode s : v.path("Properties").path("AccessPolicy").path("Statement")) {
            ((ObjectNode) s.path("Condition")).remove("StringNotEquals");
          }
        });
    VerifyReport r = verify();
    assertThat(ag6090(r)).anyMatch(m -> m.contains("cannot restore"));
    assertThat(r.table().get(Position.Kind.RECOVERY_ORGANIZATION, Property.NO_LOCKOUT))
        .isEqualTo(ProofTable.Status.BREACH);
  }

  @Test
  @DisplayName("a vault share kept inside the organization cannot reach the recovery account")
  void shareNotExternal() {
    edit(
        "central-vault.yaml",
        "CentralVaultRecoveryShare",
        s -> ((ObjectNode) s.path("Properties")).put("AllowExternalPrincipals", false));
    assertThat(ag6090(verify())).anyMatch(m -> m.contains("inside the organization only"));
  }

  @Test
  @DisplayName("a vault share with another account is a breach")
  void shareWidened() {
    edit(
        "central-vault.yaml",
        "CentralVaultRecoveryShare",
        s -> ((ArrayNode) s.path("Properties").path("Principals")).add("999999999999"));
    assertThat(ag6090(verify())).anyMatch(m -> m.contains("999999999999"));
  }

  @Test
  @DisplayName("the approval team placed in the production management account is a breach")
  void teamInProduction() {
    Map<String, List<Placement.Site>> sites = new LinkedHashMap<>(Placement.of(model, templates));
    sites.put(
        "recovery-approval-team.yaml", List.of(new Placement.Site("111111111111", "us-east-1")));
    VerifyReport r = Verifier.verify(model, sites, trees);
    assertThat(ag6090(r)).anyMatch(m -> m.contains("not the recovery management account"));
    assertThat(r.table().get(Position.Kind.RECOVERY_ORGANIZATION, Property.NO_ESCALATION))
        .isEqualTo(ProofTable.Status.BREACH);
  }

  @Test
  @DisplayName("the recovery alert rule without the MPA events leaves team changes silent")
  void teamChangesSilent() {
    edit(
        "recovery-alerts.yaml",
        "RecoveryTamperRule",
        rule -> {
          ArrayNode sources =
              (ArrayNode) rule.path("Properties").path("EventPattern").path("source");
          sources.removeAll();
          sources.add("aws.ram");
        });
    VerifyReport r = verify();
    assertThat(ag6090(r)).anyMatch(m -> m.contains("mpa:UpdateApprovalTeam"));
    assertThat(r.table().get(Position.Kind.RECOVERY_ORGANIZATION, Property.ALERTS))
        .isEqualTo(ProofTable.Status.BREACH);
  }

  @Test
  @DisplayName("an alert-path rule without RAM leaves unsharing the vault silent")
  void unshareSilent() {
    edit(
        "central-alerts.yaml",
        "AlertPathTamperRule",
        rule -> {
          ArrayNode sources =
              (ArrayNode) rule.path("Properties").path("EventPattern").path("source");
          for (int i = sources.size() - 1; i >= 0; i--) {
            if (sources.get(i).asText().equals("aws.ram")) {
              sources.remove(i);
            }
          }
        });
    assertThat(ag6090(verify())).anyMatch(m -> m.contains("ram:UpdateResourceShare"));
  }

  @Test
  @DisplayName("without the central SCP's share statement a central admin can re-share the vault")
  void shareUnguarded() {
    edit(
        "management.yaml",
        "CentralAccountProtectionScp",
        scp -> {
          ArrayNode statements =
              (ArrayNode) scp.path("Properties").path("Content").path("Statement");
          for (int i = statements.size() - 1; i >= 0; i--) {
            if (statements.get(i).path("Sid").asText().startsWith("DenyShareChanges")) {
              statements.remove(i);
            }
          }
        });
    VerifyReport r = verify();
    assertThat(ag6090(r))
        .anyMatch(
            m -> m.contains("central admin (not a vault admin) can ram:AssociateResourceShare"));
    assertThat(r.table().get(Position.Kind.RECOVERY_ORGANIZATION, Property.NO_ESCALATION))
        .isEqualTo(ProofTable.Status.BREACH);
  }
}
