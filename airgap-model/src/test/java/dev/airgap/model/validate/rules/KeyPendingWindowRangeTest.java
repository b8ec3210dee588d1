package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG3006 KeyPendingWindowRange")
class KeyPendingWindowRangeTest {
  private static final String ID = "AG3006";

  @Test
  @DisplayName("passes on the valid basic model (default 30)")
  void case1() {
    // Given
    String yaml = BASIC;
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings).isEmpty();
  }

  @Test
  @DisplayName("boundary: 7 days pass")
  void case2() {
    // Given
    String yaml = edit(BASIC, "  alerts:\n", "  key:\n    pendingWindowDays: 7\n  alerts:\n");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings).isEmpty();
  }

  @Test
  @DisplayName("fails on 6 and 31 days")
  void case3() {
    // Given
    String yaml =
        edit(
            BASIC,
            "  alerts:\n",
            "  key:\n    pendingWindowDays: 6\n  alerts:\n",
            MEMBERS_END,
            "  regions: [eu-west-1]\n  key:\n    pendingWindowDays: 31\n\nplans:");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple("/central/key/pendingWindowDays", "must be between 7 and 30 days (is 6)"),
            tuple("/members/key/pendingWindowDays", "must be between 7 and 30 days (is 31)"));
  }
}
