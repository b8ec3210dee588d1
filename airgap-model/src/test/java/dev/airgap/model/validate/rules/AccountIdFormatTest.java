package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG1001 AccountIdFormat")
class AccountIdFormatTest {
  private static final String ID = "AG1001";

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
  @DisplayName("boundary: an unquoted id with a leading zero keeps its 12 digits")
  void case2() {
    // Given
    String yaml = edit(BASIC, "account: \"222222222222\"", "account: 012345678901");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings).isEmpty();
  }

  @Test
  @DisplayName("fails on an 11-digit management account and a short member account")
  void case3() {
    // Given
    String yaml =
        edit(
            BASIC,
            "\"111111111111\"",
            "\"11111111111\"",
            "    organizationalUnits: [ou-ab12-workload1]\n",
            "    organizationalUnits: [ou-ab12-workload1]\n    accounts: [\"12345\"]\n");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/organization/managementAccount",
                "'11111111111' is not an account id (12 digits)"),
            tuple("/members/targets/accounts/0", "'12345' is not an account id (12 digits)"));
    assertThat(findings)
        .extracting(f -> f.location().toString())
        .containsExactly("airgap.yaml:3:3", "airgap.yaml:23:16");
  }
}
