package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG2017 DeleteBeforeColdStoragePlus90")
class DeleteBeforeColdStoragePlus90Test {
  private static final String ID = "AG2017";

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
  @DisplayName("boundary: cold storage plus exactly 90 days passes")
  void case2() {
    // Given
    String yaml =
        edit(
            BASIC,
            "    localRetentionDays: 14\n",
            "    localRetentionDays: 120\n    coldStorageAfterDays: 30\n");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings).isEmpty();
  }

  @Test
  @DisplayName("fails one day short locally")
  void case3() {
    // Given
    String yaml =
        edit(
            BASIC,
            "    localRetentionDays: 14\n",
            "    localRetentionDays: 119\n    coldStorageAfterDays: 30\n");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/plans/daily/localRetentionDays",
                "must be ≥ coldStorageAfterDays + 90 (120), is 119"));
  }

  @Test
  @DisplayName("fails on the copy too")
  void case4() {
    // Given
    String yaml =
        edit(
            BASIC,
            "      retentionDays: 35\n",
            "      retentionDays: 35\n      coldStorageAfterDays: 1\n");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/plans/daily/copyToCentral/retentionDays",
                "must be ≥ coldStorageAfterDays + 90 (91), is 35"));
  }
}
