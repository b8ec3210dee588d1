package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG2012 AirGappedVaultChangeableForDays")
class AirGappedVaultChangeableForDaysTest {
  private static final String ID = "AG2012";

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
  @DisplayName("boundary: a standard compliance vault takes changeableForDays")
  void case2() {
    // Given
    String yaml =
        edit(
            BASIC,
            "      mode: governance\n",
            "      mode: compliance\n      changeableForDays: 3\n");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings).isEmpty();
  }

  @Test
  @DisplayName("fails on changeableForDays for a logically air-gapped vault")
  void case3() {
    // Given
    String yaml =
        edit(
            AIR_GAPPED,
            "      mode: compliance\n",
            "      mode: compliance\n      changeableForDays: 3\n");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/central/vault/lock/changeableForDays",
                "is not allowed for a logically air-gapped vault: its lock is fixed when it is created"));
  }
}
