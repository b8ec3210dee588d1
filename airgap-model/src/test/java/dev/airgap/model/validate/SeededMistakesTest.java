package dev.airgap.model.validate;

import static dev.airgap.model.validate.TestModels.BASIC;
import static dev.airgap.model.validate.TestModels.edit;
import static dev.airgap.model.validate.TestModels.validate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.report.HumanReport;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A model with five seeded mistakes")
class SeededMistakesTest {

  /** Five independent mistakes in the basic model; none of them hides or duplicates another. */
  static final String FIVE_MISTAKES =
      edit(
          BASIC,
          "  managementAccount: \"111111111111\"",
          "  managementAccount: \"11111111111\"",
          "    name: airgap-central\n",
          "    name: airgap.central\n",
          "      minRetentionDays: 7\n      maxRetentionDays: 365\n",
          "      minRetentionDays: 400\n      maxRetentionDays: 365\n",
          "cron(0 5 ? * * *)",
          "cron(0 5 * * * *)",
          "    localRetentionDays: 14\n",
          "    localRetentionDays: 14\n    startWindowMinutes: 30\n");

  @Test
  @DisplayName(
      "gives exactly five located errors with the right ids, in file order, and the governance warning")
  void fiveFindings() {
    // When
    Findings findings = validate(FIVE_MISTAKES);
    // Then
    assertThat(findings.all())
        .as(HumanReport.render(findings))
        .extracting(Finding::ruleId, f -> f.location().toString(), Finding::pointer)
        .containsExactly(
            tuple("AG1001", "airgap.yaml:3:3", "/organization/managementAccount"),
            tuple("AG4001", "airgap.yaml:10:5", "/central/vault/name"),
            tuple("AG2023", "airgap.yaml:12:7", "/central/vault/lock/mode"),
            tuple("AG2003", "airgap.yaml:13:7", "/central/vault/lock/minRetentionDays"),
            tuple("AG4007", "airgap.yaml:27:5", "/plans/daily/schedule"),
            tuple("AG4009", "airgap.yaml:29:5", "/plans/daily/startWindowMinutes"));
    assertThat(findings.errorCount()).isEqualTo(5);
    assertThat(HumanReport.render(findings))
        .endsWith("airgap: 5 errors, 1 warning (rules: docs/rules.md)\n");
  }
}
