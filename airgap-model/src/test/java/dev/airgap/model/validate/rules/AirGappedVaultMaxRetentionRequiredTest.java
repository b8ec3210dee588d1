package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG2010 AirGappedVaultMaxRetentionRequired")
class AirGappedVaultMaxRetentionRequiredTest {
  private static final String ID = "AG2010";

  @Test
  @DisplayName("passes on the air-gapped model")
  void case1() {
    // Given
    String yaml = AIR_GAPPED;
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings).isEmpty();
  }

  @Test
  @DisplayName("boundary: min equal to max is a valid fixed retention")
  void case2() {
    // Given
    String yaml = edit(AIR_GAPPED, "      maxRetentionDays: 365\n", "      maxRetentionDays: 7\n");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings).isEmpty();
  }

  @Test
  @DisplayName("fails without a maximum")
  void case3() {
    // Given
    String yaml = edit(AIR_GAPPED, "      maxRetentionDays: 365\n", "");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/central/vault/lock/maxRetentionDays",
                "is required for a logically air-gapped vault"));
  }
}
