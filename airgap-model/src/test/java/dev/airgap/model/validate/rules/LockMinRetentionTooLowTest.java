package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG2001 LockMinRetentionTooLow")
class LockMinRetentionTooLowTest {
  private static final String ID = "AG2001";

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
  @DisplayName("boundary: a minimum of 1 day passes")
  void case2() {
    // Given
    String yaml = edit(BASIC, "      minRetentionDays: 7\n", "      minRetentionDays: 1\n");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings).isEmpty();
  }

  @Test
  @DisplayName("fails on a minimum of 0 days")
  void case3() {
    // Given
    String yaml = edit(BASIC, "      minRetentionDays: 7\n", "      minRetentionDays: 0\n");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(tuple("/central/vault/lock/minRetentionDays", "must be ≥ 1 (is 0)"));
    assertThat(findings)
        .extracting(f -> f.location().toString())
        .containsExactly("airgap.yaml:13:7");
  }
}
