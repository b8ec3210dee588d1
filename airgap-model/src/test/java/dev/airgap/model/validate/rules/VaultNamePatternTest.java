package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG4001 VaultNamePattern")
class VaultNamePatternTest {
  private static final String ID = "AG4001";

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
  @DisplayName("boundary: 2 and 50 characters pass")
  void case2() {
    // Given
    String yaml =
        edit(
            BASIC,
            "    name: airgap-central\n",
            "    name: ab\n",
            MEMBERS_END,
            "  regions: [eu-west-1]\n  vault:\n    name: " + "a".repeat(50) + "\n\nplans:");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings).isEmpty();
  }

  @Test
  @DisplayName("fails on a dot and on a single character")
  void case3() {
    // Given
    String yaml =
        edit(
            BASIC,
            "    name: airgap-central\n",
            "    name: airgap.central\n",
            MEMBERS_END,
            "  regions: [eu-west-1]\n  vault:\n    name: a\n\nplans:");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/central/vault/name",
                "'airgap.central' is not a valid vault name (2 to 50 of a-z, A-Z, 0-9, - and _)"),
            tuple(
                "/members/vault/name",
                "'a' is not a valid vault name (2 to 50 of a-z, A-Z, 0-9, - and _)"));
    assertThat(findings)
        .extracting(f -> f.location().toString())
        .containsExactly("airgap.yaml:10:5", "airgap.yaml:25:5");
  }
}
