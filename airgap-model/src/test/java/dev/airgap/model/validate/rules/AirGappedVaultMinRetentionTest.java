package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG2009 AirGappedVaultMinRetention")
class AirGappedVaultMinRetentionTest {
  private static final String ID = "AG2009";

  @Test
  @DisplayName("passes on a standard vault with a 1-day minimum")
  void case1() {
    // Given
    String yaml = edit(BASIC, "      minRetentionDays: 7\n", "      minRetentionDays: 1\n");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings).isEmpty();
  }

  @Test
  @DisplayName("boundary: 7 days pass for a logically air-gapped vault")
  void case2() {
    // Given
    String yaml = AIR_GAPPED;
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings).isEmpty();
  }

  @Test
  @DisplayName("fails on 6 days for a logically air-gapped vault")
  void case3() {
    // Given
    String yaml = edit(AIR_GAPPED, "      minRetentionDays: 7\n", "      minRetentionDays: 6\n");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/central/vault/lock/minRetentionDays",
                "must be ≥ 7 for a logically air-gapped vault (is 6)"));
  }
}
