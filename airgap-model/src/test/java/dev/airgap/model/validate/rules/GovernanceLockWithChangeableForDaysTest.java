package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG2006 GovernanceLockWithChangeableForDays")
class GovernanceLockWithChangeableForDaysTest {
  private static final String ID = "AG2006";

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
  @DisplayName("boundary: compliance with changeableForDays passes")
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
  @DisplayName("fails on governance with changeableForDays")
  void case3() {
    // Given
    String yaml =
        edit(
            BASIC,
            "      mode: governance\n",
            "      mode: governance\n      changeableForDays: 3\n");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/central/vault/lock/changeableForDays",
                "is set, but mode is governance; AWS Backup would create a compliance lock"));
  }

  @Test
  @DisplayName("leaves a logically air-gapped vault to AG2012")
  void case4() {
    // Given
    String yaml =
        edit(
            AIR_GAPPED,
            "      mode: compliance\n",
            "      mode: governance\n      changeableForDays: 3\n");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings).isEmpty();
  }
}
