package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG2014 RecoveryAccountsUnused")
class RecoveryAccountsUnusedTest {
  private static final String ID = "AG2014";

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
  @DisplayName("boundary: recovery accounts are used by a logically air-gapped vault")
  void case2() {
    // Given
    String yaml = AIR_GAPPED;
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings).isEmpty();
  }

  @Test
  @DisplayName("warns on recovery accounts for a standard vault")
  void case3() {
    // Given
    String yaml =
        BASIC.replace("  alerts:\n", "  recoveryAccounts: [\"444444444444\"]\n  alerts:\n");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/central/recoveryAccounts",
                "is ignored: a standard vault is not shared through RAM"));
  }
}
