package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG2143 MpaTeamOutsideManagementAccount")
class MpaTeamOutsideManagementAccountTest {
  private static final String ID = "AG2143";

  @Test
  @DisplayName("passes on the management account")
  void case1() {
    assertThat(findings(MpaRulesFixture.MPA, ID)).isEmpty();
  }

  @Test
  @DisplayName("fails on the central account")
  void case2() {
    String yaml =
        edit(
            MpaRulesFixture.MPA,
            "account: \"111111111111\"\n    identity",
            "account: \"222222222222\"\n    identity");
    assertThat(findings(yaml, ID))
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/central/multiPartyApproval/account",
                "'222222222222' is the central account, which owns the vault the team guards"));
  }

  @Test
  @DisplayName("fails on another account")
  void case3() {
    String yaml =
        edit(
            MpaRulesFixture.MPA,
            "account: \"111111111111\"\n    identity",
            "account: \"999999999999\"\n    identity");
    assertThat(findings(yaml, ID))
        .extracting(Finding::pointer)
        .containsExactly("/central/multiPartyApproval/account");
  }
}
