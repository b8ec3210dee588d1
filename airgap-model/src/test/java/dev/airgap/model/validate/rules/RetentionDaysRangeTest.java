package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG2018 RetentionDaysRange")
class RetentionDaysRangeTest {
  private static final String ID = "AG2018";

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
  @DisplayName("boundary: 1 day passes")
  void case2() {
    // Given
    String yaml = edit(BASIC, "    localRetentionDays: 14\n", "    localRetentionDays: 1\n");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings).isEmpty();
  }

  @Test
  @DisplayName("fails on 0 days of local retention and 36501 days of cold storage")
  void case3() {
    // Given
    String yaml =
        edit(
            BASIC,
            "    localRetentionDays: 14\n",
            "    localRetentionDays: 0\n    coldStorageAfterDays: 36501\n");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple("/plans/daily/localRetentionDays", "must be between 1 and 36500 days (is 0)"),
            tuple(
                "/plans/daily/coldStorageAfterDays",
                "must be between 1 and 36500 days (is 36501)"));
  }
}
