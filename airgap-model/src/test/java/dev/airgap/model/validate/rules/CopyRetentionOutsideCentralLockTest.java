package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG2015 CopyRetentionOutsideCentralLock")
class CopyRetentionOutsideCentralLockTest {
  private static final String ID = "AG2015";

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
  @DisplayName("boundary: the lock's maximum passes")
  void case2() {
    // Given
    String yaml = edit(BASIC, "      retentionDays: 35\n", "      retentionDays: 365\n");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings).isEmpty();
  }

  @Test
  @DisplayName("boundary: the lock's minimum passes")
  void case3() {
    // Given
    String yaml = edit(BASIC, "      retentionDays: 35\n", "      retentionDays: 7\n");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings).isEmpty();
  }

  @Test
  @DisplayName("fails above the maximum")
  void case4() {
    // Given
    String yaml = edit(BASIC, "      retentionDays: 35\n", "      retentionDays: 366\n");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/plans/daily/copyToCentral/retentionDays",
                "366 days is outside the central vault lock [7, 365] days"));
    assertThat(findings)
        .extracting(f -> f.location().toString())
        .containsExactly("airgap.yaml:30:7");
  }

  @Test
  @DisplayName("fails below the minimum of a lock without maximum")
  void case5() {
    // Given
    String yaml =
        edit(
            BASIC,
            "      retentionDays: 35\n",
            "      retentionDays: 6\n",
            "      maxRetentionDays: 365\n",
            "");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/plans/daily/copyToCentral/retentionDays",
                "6 days is outside the central vault lock [7, no maximum] days"));
  }
}
