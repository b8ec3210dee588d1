package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG1008 DelegatedAdminAccountUnused")
class DelegatedAdminAccountUnusedTest {
  private static final String ID = "AG1008";

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
  @DisplayName("boundary: the account is used when deployFrom is delegated-admin")
  void case2() {
    // Given
    String yaml =
        edit(
            BASIC,
            "  managementAccount: \"111111111111\"\n",
            "  managementAccount: \"111111111111\"\n  deployFrom: delegated-admin\n  delegatedAdminAccount: \"333333333333\"\n");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings).isEmpty();
  }

  @Test
  @DisplayName("warns when deploying from the management account")
  void case3() {
    // Given
    String yaml =
        edit(
            BASIC,
            "  managementAccount: \"111111111111\"\n",
            "  managementAccount: \"111111111111\"\n  delegatedAdminAccount: \"333333333333\"\n");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/organization/delegatedAdminAccount",
                "is set, but deployFrom is management, so it is not used"));
  }
}
