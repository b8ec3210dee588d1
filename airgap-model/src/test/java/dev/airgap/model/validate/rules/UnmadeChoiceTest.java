package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG1090 UnmadeChoice")
class UnmadeChoiceTest {
  private static final String ID = "AG1090";

  @Test
  @DisplayName("passes on the valid basic model")
  void case1() {
    // Given
    String yaml = BASIC;
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings).isEmpty();
  }

  @Test
  @DisplayName(
      "fails at each TODO placeholder (account, list item, e-mail, admin), and only there: the"
          + " format rules stay quiet about a placeholder")
  void case2() {
    // Given: what airgap:init writes for choices it cannot make
    String yaml =
        edit(
            BASIC,
            "account: \"222222222222\"",
            "account: \"TODO 222222222222\"",
            "organizationalUnits: [ou-ab12-workload1]",
            "organizationalUnits: [ou-ab12-workload1, \"TODO member OU ids\"]",
            "email: [security@example.com]",
            "email: [\"TODO alert e-mail\"]",
            "- arn:aws:iam::222222222222:role/BackupVaultAdmin",
            "- \"TODO admin role ARN\"");
    // When
    List<Finding> all = validate(yaml).all();
    // Then
    assertThat(all)
        .extracting(
            Finding::ruleId, Finding::pointer, Finding::message, f -> f.location().toString())
        .containsExactlyInAnyOrder(
            tuple(
                ID,
                "/central/account",
                "choice not made yet: 'TODO 222222222222'",
                "airgap.yaml:6:3"),
            tuple(
                ID,
                "/central/admins/0",
                "choice not made yet: 'TODO admin role ARN'",
                "airgap.yaml:16:7"),
            tuple(
                ID,
                "/central/alerts/email/0",
                "choice not made yet: 'TODO alert e-mail'",
                "airgap.yaml:18:13"),
            tuple(
                ID,
                "/members/targets/organizationalUnits/1",
                "choice not made yet: 'TODO member OU ids'",
                "airgap.yaml:22:46"),
            tuple(
                "AG2023",
                "/central/vault/lock/mode",
                "is governance: the admins and the management account can still remove the lock"
                    + " and delete the backups; everyone else is denied",
                "airgap.yaml:12:7"));
  }

  @Test
  @DisplayName("boundary: TODO inside a value is not a placeholder; one at its start is")
  void case3() {
    // Given
    String yaml =
        edit(BASIC, "name: airgap-central", "name: airgap-TODO", "id: o-a1b2c3d4e5", "id: TODO");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings).extracting(Finding::pointer).containsExactly("/organization/id");
  }
}
