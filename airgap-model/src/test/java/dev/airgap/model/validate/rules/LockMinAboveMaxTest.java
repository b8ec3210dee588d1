package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG2003 LockMinAboveMax")
class LockMinAboveMaxTest {
  private static final String ID = "AG2003";

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
  @DisplayName("boundary: min equal to max passes")
  void case2() {
    // Given
    String yaml =
        edit(
            BASIC,
            "      minRetentionDays: 7\n      maxRetentionDays: 365\n",
            "      minRetentionDays: 35\n      maxRetentionDays: 35\n");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings).isEmpty();
  }

  @Test
  @DisplayName("fails when min is above max")
  void case3() {
    // Given
    String yaml =
        edit(
            BASIC,
            "      minRetentionDays: 7\n      maxRetentionDays: 365\n",
            "      minRetentionDays: 40\n      maxRetentionDays: 35\n");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple("/central/vault/lock/minRetentionDays", "must be ≤ maxRetentionDays (35)"));
    assertThat(findings)
        .extracting(f -> f.location().toString())
        .containsExactly("airgap.yaml:13:7");
  }

  @Test
  @DisplayName("fails on the member lock too")
  void case4() {
    // Given
    String yaml =
        edit(
            BASIC,
            MEMBERS_END,
            "  regions: [eu-west-1]\n  vault:\n    lock: { mode: governance, minRetentionDays: 30, maxRetentionDays: 20 }\n\nplans:");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple("/members/vault/lock/minRetentionDays", "must be ≤ maxRetentionDays (20)"));
  }
}
