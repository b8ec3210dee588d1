package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG2021 AirGappedVaultRegionAvailability")
class AirGappedVaultRegionAvailabilityTest {
  private static final String ID = "AG2021";

  @Test
  @DisplayName("passes on the air-gapped model in eu-west-1")
  void case1() {
    // Given
    String yaml = AIR_GAPPED;
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings).isEmpty();
  }

  @Test
  @DisplayName("boundary: a standard vault may use any region")
  void case2() {
    // Given
    String yaml =
        edit(
            BASIC, "  regions: [eu-west-1]\n  vault", "  regions: [eu-west-1, ca-west-1]\n  vault");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings).isEmpty();
  }

  @Test
  @DisplayName("warns on a region reported without logically air-gapped vaults")
  void case3() {
    // Given
    String yaml =
        edit(
            AIR_GAPPED,
            "  regions: [eu-west-1]\n  vault",
            "  regions: [eu-west-1, ca-west-1]\n  vault");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/central/regions/1",
                "'ca-west-1' is reported not to offer logically air-gapped vaults"));
  }
}
