package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG2005 ComplianceLockWithoutChangeableForDays")
class ComplianceLockWithoutChangeableForDaysTest {
  private static final String ID = "AG2005";

  @Test
  @DisplayName("passes on a compliance lock with a grace period")
  void case1() {
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
  @DisplayName("boundary: a logically air-gapped vault needs no grace period")
  void case2() {
    // Given
    String yaml = AIR_GAPPED;
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings).isEmpty();
  }

  @Test
  @DisplayName("fails on compliance without changeableForDays")
  void case3() {
    // Given
    String yaml = edit(BASIC, "      mode: governance\n", "      mode: compliance\n");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/central/vault/lock/mode",
                "is compliance, but changeableForDays is not set, so AWS Backup would create a governance lock"));
    assertThat(findings)
        .extracting(f -> f.location().toString())
        .containsExactly("airgap.yaml:12:7");
  }
}
