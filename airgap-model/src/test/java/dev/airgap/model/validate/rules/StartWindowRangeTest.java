package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG4009 StartWindowRange")
class StartWindowRangeTest {
  private static final String ID = "AG4009";

  @Test
  @DisplayName("passes on the valid basic model (default 60)")
  void case1() {
    // Given
    String yaml = BASIC;
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings).isEmpty();
  }

  @Test
  @DisplayName("boundary: 60 and 52560000 minutes pass")
  void case2() {
    // Given
    String yaml =
        edit(
                BASIC,
                "    localRetentionDays: 14\n",
                "    localRetentionDays: 14\n    startWindowMinutes: 60\n")
            + "  other:\n    startWindowMinutes: 52560000\n    completionWindowMinutes: 52560001\n    localRetentionDays: 14\n    copyToCentral: { retentionDays: 35 }\n";
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings).isEmpty();
  }

  @Test
  @DisplayName("fails on 59 minutes")
  void case3() {
    // Given
    String yaml =
        edit(
            BASIC,
            "    localRetentionDays: 14\n",
            "    localRetentionDays: 14\n    startWindowMinutes: 59\n");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/plans/daily/startWindowMinutes",
                "must be between 60 and 52560000 minutes (is 59)"));
  }
}
