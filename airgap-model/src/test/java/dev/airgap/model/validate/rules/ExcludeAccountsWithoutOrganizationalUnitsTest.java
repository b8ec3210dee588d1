package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG1012 ExcludeAccountsWithoutOrganizationalUnits")
class ExcludeAccountsWithoutOrganizationalUnitsTest {
  private static final String ID = "AG1012";

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
  @DisplayName("boundary: excluded accounts inside targeted OUs")
  void case2() {
    // Given
    String yaml =
        edit(
            BASIC,
            "    organizationalUnits: [ou-ab12-workload1]\n",
            "    organizationalUnits: [ou-ab12-workload1]\n    excludeAccounts: [\"555555555555\"]\n");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings).isEmpty();
  }

  @Test
  @DisplayName("warns on excluded accounts without OUs")
  void case3() {
    // Given
    String yaml =
        edit(
            BASIC,
            "    organizationalUnits: [ou-ab12-workload1]\n",
            "    accounts: [\"333333333333\"]\n    excludeAccounts: [\"555555555555\"]\n");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/members/targets/excludeAccounts",
                "has no effect: no organizationalUnits are targeted"));
  }
}
