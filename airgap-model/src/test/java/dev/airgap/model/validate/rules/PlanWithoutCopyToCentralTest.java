package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG2019 PlanWithoutCopyToCentral")
class PlanWithoutCopyToCentralTest {
  private static final String ID = "AG2019";

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
  @DisplayName("boundary: a second plan with a copy passes")
  void case2() {
    // Given
    String yaml =
        BASIC
            + "  weekly:\n    schedule: cron(0 6 ? * SUN *)\n    localRetentionDays: 30\n    copyToCentral: { retentionDays: 90 }\n";
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings).isEmpty();
  }

  @Test
  @DisplayName("warns on a plan without copyToCentral")
  void case3() {
    // Given
    String yaml = edit(BASIC, "    copyToCentral:\n      retentionDays: 35\n", "");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/plans/daily",
                "has no copyToCentral, so its backups never reach the central vault"));
    assertThat(findings)
        .extracting(f -> f.location().toString())
        .containsExactly("airgap.yaml:26:3");
  }
}
