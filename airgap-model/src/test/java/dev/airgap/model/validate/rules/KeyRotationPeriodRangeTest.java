package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG3007 KeyRotationPeriodRange")
class KeyRotationPeriodRangeTest {
  private static final String ID = "AG3007";

  @Test
  @DisplayName("passes on the valid basic model (default 365)")
  void case1() {
    // Given
    String yaml = BASIC;
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings).isEmpty();
  }

  @Test
  @DisplayName("boundary: 90 and 2560 days pass")
  void case2() {
    // Given
    String yaml =
        edit(
            BASIC,
            "  alerts:\n",
            "  key:\n    rotationPeriodDays: 90\n  alerts:\n",
            MEMBERS_END,
            "  regions: [eu-west-1]\n  key:\n    rotationPeriodDays: 2560\n\nplans:");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings).isEmpty();
  }

  @Test
  @DisplayName("fails on 89 days")
  void case3() {
    // Given
    String yaml = edit(BASIC, "  alerts:\n", "  key:\n    rotationPeriodDays: 89\n  alerts:\n");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple("/central/key/rotationPeriodDays", "must be between 90 and 2560 days (is 89)"));
  }
}
