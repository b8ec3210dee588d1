package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG1007 DelegatedAdminAccountRequired")
class DelegatedAdminAccountRequiredTest {
  private static final String ID = "AG1007";

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
  @DisplayName("boundary: delegated-admin with a member account as delegated administrator")
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
  @DisplayName("fails when deployFrom is delegated-admin without the account")
  void case3() {
    // Given
    String yaml =
        edit(
            BASIC,
            "  managementAccount: \"111111111111\"\n",
            "  managementAccount: \"111111111111\"\n  deployFrom: delegated-admin\n");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/organization/deployFrom",
                "is delegated-admin, but delegatedAdminAccount is not set"));
    assertThat(findings)
        .extracting(f -> f.location().toString())
        .containsExactly("airgap.yaml:4:3");
  }

  @Test
  @DisplayName("fails when the delegated administrator is the management account")
  void case4() {
    // Given
    String yaml =
        edit(
            BASIC,
            "  managementAccount: \"111111111111\"\n",
            "  managementAccount: \"111111111111\"\n  deployFrom: delegated-admin\n  delegatedAdminAccount: \"111111111111\"\n");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/organization/delegatedAdminAccount",
                "'111111111111' is the management account; a delegated administrator is a member account"));
  }
}
