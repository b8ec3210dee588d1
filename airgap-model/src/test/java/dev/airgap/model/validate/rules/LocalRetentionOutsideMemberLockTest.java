package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG2016 LocalRetentionOutsideMemberLock")
class LocalRetentionOutsideMemberLockTest {
  private static final String ID = "AG2016";

  @Test
  @DisplayName("passes on the valid basic model (no member lock)")
  void case1() {
    // Given
    String yaml = BASIC;
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings).isEmpty();
  }

  @Test
  @DisplayName("boundary: the member lock's maximum passes")
  void case2() {
    // Given
    String yaml =
        edit(
            BASIC,
            MEMBERS_END,
            "  regions: [eu-west-1]\n  vault:\n    lock: { mode: governance, minRetentionDays: 1, maxRetentionDays: 14 }\n\nplans:");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings).isEmpty();
  }

  @Test
  @DisplayName("fails above the member lock's maximum")
  void case3() {
    // Given
    String yaml =
        edit(
            BASIC,
            MEMBERS_END,
            "  regions: [eu-west-1]\n  vault:\n    lock: { mode: governance, minRetentionDays: 1, maxRetentionDays: 13 }\n\nplans:");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/plans/daily/localRetentionDays",
                "14 days is outside the member vault lock [1, 13] days"));
  }
}
