package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG2008 CentralLockWithoutMaxRetention")
class CentralLockWithoutMaxRetentionTest {
  private static final String ID = "AG2008";

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
  @DisplayName("boundary: a logically air-gapped vault is AG2010's concern")
  void case2() {
    // Given
    String yaml = edit(AIR_GAPPED, "      maxRetentionDays: 365\n", "");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings).isEmpty();
  }

  @Test
  @DisplayName("warns on a standard central lock without a maximum")
  void case3() {
    // Given
    String yaml = edit(BASIC, "      maxRetentionDays: 365\n", "");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/central/vault/lock/maxRetentionDays",
                "is not set, so copies of any retention, however long, are accepted"));
    assertThat(findings)
        .extracting(f -> f.location().toString())
        .containsExactly("airgap.yaml:11:5");
  }
}
