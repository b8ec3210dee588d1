package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG2022 RecoveryAccountIsCentralAccount")
class RecoveryAccountIsCentralAccountTest {
  private static final String ID = "AG2022";

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
  @DisplayName("boundary: the management account is another account (other rules may apply)")
  void case2() {
    // Given
    String yaml = edit(AIR_GAPPED, "[\"444444444444\"]", "[\"111111111111\"]");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings).isEmpty();
  }

  @Test
  @DisplayName("warns on the central account as recovery account")
  void case3() {
    // Given
    String yaml = edit(AIR_GAPPED, "[\"444444444444\"]", "[\"444444444444\", \"222222222222\"]");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple("/central/recoveryAccounts/1", "'222222222222' is the central account itself"));
  }
}
