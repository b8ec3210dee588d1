package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG4003 VaultNamesEqual")
class VaultNamesEqualTest {
  private static final String ID = "AG4003";

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
  @DisplayName(
      "boundary: an explicitly targeted central account is AG4002's error, not this warning")
  void case2() {
    // Given
    String yaml =
        edit(
            BASIC,
            "    organizationalUnits: [ou-ab12-workload1]\n",
            "    accounts: [\"222222222222\"]\n",
            MEMBERS_END,
            "  regions: [eu-west-1]\n  vault:\n    name: airgap-central\n\nplans:");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings).isEmpty();
  }

  @Test
  @DisplayName("warns on equal names")
  void case3() {
    // Given
    String yaml =
        edit(
            BASIC,
            MEMBERS_END,
            "  regions: [eu-west-1]\n  vault:\n    name: airgap-central\n\nplans:");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple("/members/vault/name", "'airgap-central' is also the central vault's name"));
  }
}
