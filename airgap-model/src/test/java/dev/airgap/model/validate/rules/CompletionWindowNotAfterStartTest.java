package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG4010 CompletionWindowNotAfterStart")
class CompletionWindowNotAfterStartTest {
  private static final String ID = "AG4010";

  @Test
  @DisplayName("passes on the valid basic model (defaults 60 and 10080)")
  void case1() {
    // Given
    String yaml = BASIC;
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings).isEmpty();
  }

  @Test
  @DisplayName("boundary: one minute longer than the start window passes")
  void case2() {
    // Given
    String yaml =
        edit(
            BASIC,
            "    localRetentionDays: 14\n",
            "    localRetentionDays: 14\n    startWindowMinutes: 120\n    completionWindowMinutes: 121\n");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings).isEmpty();
  }

  @Test
  @DisplayName("fails on a completion window equal to the start window")
  void case3() {
    // Given
    String yaml =
        edit(
            BASIC,
            "    localRetentionDays: 14\n",
            "    localRetentionDays: 14\n    startWindowMinutes: 120\n    completionWindowMinutes: 120\n");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/plans/daily/completionWindowMinutes",
                "must be > startWindowMinutes (120), is 120"));
  }
}
