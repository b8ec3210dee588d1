package dev.airgap.generator.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.airgap.model.validate.Finding;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The first proof that verify is not vacuous: on the templates airgap shipped before issue 10 it
 * must find the breaches issue 10 lists, with their chains.
 */
class UnsoundTemplatesTest {

  static java.util.Map<String, com.fasterxml.jackson.databind.JsonNode> trees(
      java.util.List<dev.airgap.generator.GeneratedTemplate> templates) {
    java.util.Map<String, com.fasterxml.jackson.databind.JsonNode> out =
        new java.util.LinkedHashMap<>();
    templates.forEach(
        t -> out.put(t.fileName(), dev.airgap.generator.yaml.TemplateReader.read(t.content())));
    return out;
  }

  @Test
  @DisplayName(
      "basic: central admin re-trusts BackupVaultAdmin or creates stacksets-exec-x, then destroys (issue 10 #1)")
  void basicExemptRoleTakeover() {
    VerifyReport r = VerifyFixtures.verifyFrozen("basic");
    System.out.println(r.render());
    // Shortest chain: re-trust the existing admin role (2 calls), then act.
    assertThat(r.findings())
        .anySatisfy(
            f -> {
              assertThat(f.ruleId()).isEqualTo("AG6002");
              assertThat(f.message())
                  .contains("central admin")
                  .contains("iam:UpdateAssumeRolePolicy")
                  .contains("role/BackupVaultAdmin")
                  .contains("backup:DeleteRecoveryPoint");
            });
    // The creation path issue 10 describes is found too (every principal the attacker can become).
    var ctx =
        new VerifyContext(
            new World(
                VerifyFixtures.model(VerifyFixtures.UNSOUND.resolve("basic/airgap.yaml")),
                Placement.of(
                    VerifyFixtures.model(VerifyFixtures.UNSOUND.resolve("basic/airgap.yaml")),
                    VerifyFixtures.frozen(VerifyFixtures.UNSOUND.resolve("basic"))),
                trees(VerifyFixtures.frozen(VerifyFixtures.UNSOUND.resolve("basic")))));
    Position admin =
        ctx.positions.stream()
            .filter(p -> p.kind() == Position.Kind.CENTRAL_ADMIN)
            .findFirst()
            .orElseThrow();
    Chain viaCreate =
        ctx.search(admin, ctx.world.configurations.get(0), true)
            .became()
            .get("arn:aws:iam::222222222222:role/stacksets-exec-x");
    assertThat(viaCreate).isNotNull();
    assertThat(viaCreate.steps())
        .extracting(Step::action)
        .containsExactly("iam:CreateRole", "iam:PutRolePolicy", "sts:AssumeRole");
    assertThat(r.table().get(Position.Kind.CENTRAL_ADMIN, Property.NO_ESCALATION))
        .isEqualTo(ProofTable.Status.BREACH);
  }

  @Test
  @DisplayName("basic: the deploy exemption covers data destruction and key deletion (issue 10 #2)")
  void deployExemptionCoversData() {
    VerifyReport r = VerifyFixtures.verifyFrozen("basic");
    assertThat(r.findings())
        .filteredOn(f -> f.ruleId().equals("AG6003"))
        .extracting(Finding::message)
        .anySatisfy(m -> assertThat(m).contains("backup:DeleteRecoveryPoint"))
        .anySatisfy(m -> assertThat(m).contains("kms:ScheduleKeyDeletion"));
  }

  @Test
  @DisplayName("basic: unrestricted kms:CreateGrant by a central admin (issue 10 #7)")
  void unrestrictedGrant() {
    VerifyReport r = VerifyFixtures.verifyFrozen("basic");
    assertThat(r.findings())
        .anySatisfy(
            f ->
                assertThat(f.ruleId() + f.message())
                    .startsWith("AG6001")
                    .contains("kms:CreateGrant"));
  }

  @Test
  @DisplayName(
      "basic: key destruction, role take-over and alert silencing do not alert (issue 10 #3)")
  void alertsBlind() {
    VerifyReport r = VerifyFixtures.verifyFrozen("basic");
    assertThat(r.findings())
        .filteredOn(f -> f.ruleId().equals("AG6006"))
        .extracting(Finding::message)
        .anySatisfy(
            m ->
                assertThat(m)
                    .contains("kms:ScheduleKeyDeletion")
                    .contains("iam:CreateRole")
                    .contains("events:DisableRule"));
  }

  @Test
  @DisplayName("basic: the backup policy lacks @@none (issue 10 #8)")
  void childPolicies() {
    VerifyReport r = VerifyFixtures.verifyFrozen("basic");
    assertThat(r.findings()).anySatisfy(f -> assertThat(f.ruleId()).isEqualTo("AG6007"));
  }

  @Test
  @DisplayName(
      "enterprise: a permission set named BackupAdmin_x matches the admin pattern (issue 10 #9)")
  void identityCenterPattern() {
    VerifyReport r = VerifyFixtures.verifyFrozen("enterprise");
    System.out.println(r.render());
    assertThat(r.table().get(Position.Kind.IDENTITY_CENTER_ADMIN, Property.NO_ESCALATION))
        .isEqualTo(ProofTable.Status.BREACH);
    assertThat(r.findings())
        .anySatisfy(f -> assertThat(f.message()).contains("AWSReservedSSO_BackupAdmin_x_"));
  }

  @Test
  @DisplayName("governance-lock: re-trusting the deploy roleArn exempts the attacker")
  void retrustDeployRole() {
    VerifyReport r = VerifyFixtures.verifyFrozen("governance-lock");
    assertThat(r.findings())
        .anySatisfy(
            f ->
                assertThat(f.message())
                    .contains("iam:UpdateAssumeRolePolicy")
                    .contains("role/github-deployer"));
  }
}
