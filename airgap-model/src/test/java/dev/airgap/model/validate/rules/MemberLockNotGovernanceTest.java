package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG2007 MemberLockNotGovernance")
class MemberLockNotGovernanceTest {
  private static final String ID = "AG2007";

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
  @DisplayName("boundary: a governance member lock passes")
  void case2() {
    // Given
    String yaml =
        edit(
            BASIC,
            MEMBERS_END,
            "  regions: [eu-west-1]\n  vault:\n    lock: { mode: governance, minRetentionDays: 1 }\n\nplans:");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings).isEmpty();
  }

  @Test
  @DisplayName("fails on a compliance member lock")
  void case3() {
    // Given
    String yaml =
        edit(
            BASIC,
            MEMBERS_END,
            "  regions: [eu-west-1]\n  vault:\n    lock: { mode: compliance, minRetentionDays: 1, changeableForDays: 3 }\n\nplans:");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/members/vault/lock/mode",
                "is compliance; member vault locks may only be governance"));
  }
}
