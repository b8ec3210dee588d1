package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG1011 TargetsEmpty")
class TargetsEmptyTest {
  private static final String ID = "AG1011";

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
  @DisplayName("boundary: a single account is enough")
  void case2() {
    // Given
    String yaml =
        edit(
            BASIC,
            "    organizationalUnits: [ou-ab12-workload1]\n",
            "    accounts: [\"333333333333\"]\n");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings).isEmpty();
  }

  @Test
  @DisplayName("fails on empty member targets")
  void case3() {
    // Given
    String yaml =
        edit(
            BASIC, "  targets:\n    organizationalUnits: [ou-ab12-workload1]\n", "  targets: {}\n");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple("/members/targets", "names no OU and no account, so nothing is backed up"));
  }

  @Test
  @DisplayName("fails on empty SCP targets")
  void case4() {
    // Given
    String yaml = BASIC + "\nprotection:\n  scp:\n    targets:\n      organizationalUnits: []\n";
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/protection/scp/targets",
                "names no OU and no account, so the SCP protects nothing"));
  }
}
