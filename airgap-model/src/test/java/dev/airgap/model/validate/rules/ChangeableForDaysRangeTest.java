package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG2004 ChangeableForDaysRange")
class ChangeableForDaysRangeTest {
  private static final String ID = "AG2004";

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
  @DisplayName("boundary: 3 days pass")
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
  @DisplayName("fails on 2 days")
  void case3() {
    // Given
    String yaml =
        edit(
            BASIC,
            "      mode: governance\n",
            "      mode: compliance\n      changeableForDays: 2\n");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple("/central/vault/lock/changeableForDays", "must be between 3 and 36500 (is 2)"));
  }

  @Test
  @DisplayName("fails on 36501 days")
  void case4() {
    // Given
    String yaml =
        edit(
            BASIC,
            "      mode: governance\n",
            "      mode: compliance\n      changeableForDays: 36501\n");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/central/vault/lock/changeableForDays", "must be between 3 and 36500 (is 36501)"));
  }
}
