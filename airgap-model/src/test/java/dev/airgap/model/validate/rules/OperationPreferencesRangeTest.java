package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG4013 OperationPreferencesRange")
class OperationPreferencesRangeTest {
  private static final String ID = "AG4013";

  @Test
  @DisplayName("passes on the valid basic model (defaults 25 and 0)")
  void case1() {
    // Given
    String yaml = BASIC;
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings).isEmpty();
  }

  @Test
  @DisplayName("boundary: 1 and 100 percent pass")
  void case2() {
    // Given
    String yaml =
        BASIC
            + "\ndeploy:\n  operationPreferences:\n    maxConcurrentPercentage: 1\n    failureTolerancePercentage: 100\n";
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings).isEmpty();
  }

  @Test
  @DisplayName("fails on 0 and 101 percent")
  void case3() {
    // Given
    String yaml =
        BASIC
            + "\ndeploy:\n  operationPreferences:\n    maxConcurrentPercentage: 0\n    failureTolerancePercentage: 101\n";
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/deploy/operationPreferences/maxConcurrentPercentage",
                "must be between 1 and 100 (is 0)"),
            tuple(
                "/deploy/operationPreferences/failureTolerancePercentage",
                "must be between 0 and 100 (is 101)"));
  }
}
