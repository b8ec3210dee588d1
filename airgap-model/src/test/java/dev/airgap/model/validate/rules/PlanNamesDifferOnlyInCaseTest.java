package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG4017 PlanNamesDifferOnlyInCase")
class PlanNamesDifferOnlyInCaseTest {
  private static final String ID = "AG4017";
  private static final String SECOND =
      "  %s:\n    schedule: cron(0 6 ? * * *)\n    localRetentionDays: 14\n"
          + "    copyToCentral:\n      retentionDays: 35\n";

  @Test
  @DisplayName("passes on distinct names")
  void case1() {
    assertThat(findings(BASIC + SECOND.formatted("weekly"), ID)).isEmpty();
  }

  @Test
  @DisplayName("refuses names that differ only in case, at the second plan")
  void case2() {
    assertThat(findings(BASIC + SECOND.formatted("Daily"), ID))
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/plans/daily",
                "plan names 'Daily' and 'daily' differ only in case; backup policy keys are not"
                    + " case sensitive"));
  }
}
