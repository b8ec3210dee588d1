package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG2011 AirGappedVaultLockMode")
class AirGappedVaultLockModeTest {
  private static final String ID = "AG2011";

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
  @DisplayName("boundary: governance is fine for a standard vault")
  void case2() {
    // Given
    String yaml = BASIC;
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings).isEmpty();
  }

  @Test
  @DisplayName("fails on governance for a logically air-gapped vault")
  void case3() {
    // Given
    String yaml = edit(AIR_GAPPED, "mode: compliance", "mode: governance");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/central/vault/lock/mode",
                "is governance, but a logically air-gapped vault is always compliance-locked"));
  }
}
