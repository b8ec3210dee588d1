package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG3001 AwsOwnedKeyOnlyForAirGapped")
class AwsOwnedKeyOnlyForAirGappedTest {
  private static final String ID = "AG3001";

  @Test
  @DisplayName("passes on the air-gapped model with an AWS-owned key")
  void case1() {
    // Given
    String yaml = AIR_GAPPED;
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings).isEmpty();
  }

  @Test
  @DisplayName("boundary: a managed key on a standard vault passes")
  void case2() {
    // Given
    String yaml = BASIC.replace("  alerts:\n", "  key:\n    kind: managed\n  alerts:\n");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings).isEmpty();
  }

  @Test
  @DisplayName("fails on an AWS-owned key for a standard vault and for members")
  void case3() {
    // Given
    String yaml =
        edit(
            BASIC,
            "  alerts:\n",
            "  key:\n    kind: aws-owned\n  alerts:\n",
            MEMBERS_END,
            "  regions: [eu-west-1]\n  key:\n    kind: aws-owned\n\nplans:");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/central/key/kind",
                "is aws-owned, but only a logically air-gapped vault can use an AWS-owned key"),
            tuple(
                "/members/key/kind",
                "is aws-owned, but member vaults are standard vaults and need a customer managed key"));
  }
}
