package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG1009 ManagementAccountTargeted")
class ManagementAccountTargetedTest {
  private static final String ID = "AG1009";

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
  @DisplayName("boundary: a self-managed central account may be the management account")
  void case2() {
    // Given
    String yaml =
        edit(BASIC, "account: \"222222222222\"", "account: \"111111111111\"")
            + "\ndeploy:\n  centralPermissionModel: self-managed\n";
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings).isEmpty();
  }

  @Test
  @DisplayName(
      "warns on the management account as service-managed central account and as member target")
  void case3() {
    // Given
    String yaml =
        edit(
            BASIC,
            "account: \"222222222222\"",
            "account: \"111111111111\"",
            "    organizationalUnits: [ou-ab12-workload1]\n",
            "    organizationalUnits: [ou-ab12-workload1]\n    accounts: [\"111111111111\"]\n");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/central/account",
                "'111111111111' is the management account, which service-managed StackSets never deploy to"),
            tuple(
                "/members/targets/accounts/0",
                "'111111111111' is the management account, which service-managed StackSets never deploy to"));
  }

  @Test
  @DisplayName("warns on the management account as SCP target")
  void case4() {
    // Given
    String yaml =
        BASIC + "\nprotection:\n  scp:\n    targets:\n      accounts: [\"111111111111\"]\n";
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/protection/scp/targets/accounts/0",
                "'111111111111' is the management account, which SCPs do not restrict"));
  }
}
