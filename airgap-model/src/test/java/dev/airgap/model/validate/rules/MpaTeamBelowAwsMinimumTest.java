package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG2142 MpaTeamBelowAwsMinimum")
class MpaTeamBelowAwsMinimumTest {
  private static final String ID = "AG2142";

  @Test
  @DisplayName("passes on 3 approvers and a threshold of 2")
  void case1() {
    assertThat(findings(MpaRulesFixture.MPA, ID)).isEmpty();
  }

  @Test
  @DisplayName("fails on a threshold of 1 and on 2 approvers")
  void case2() {
    String yaml =
        edit(
            MpaRulesFixture.MPA,
            "minApprovals: 2",
            "minApprovals: 1",
            "approvers: [user-1, user-2, user-3]",
            "approvers: [user-1, user-2]");
    assertThat(findings(yaml, ID))
        .extracting(Finding::pointer, Finding::message)
        .containsExactlyInAnyOrder(
            tuple(
                "/central/multiPartyApproval/minApprovals",
                "is 1; AWS requires at least 2 approvals"),
            tuple(
                "/central/multiPartyApproval/approvers",
                "names 2 approver(s); AWS requires 3 to 20"));
  }

  @Test
  @DisplayName("fails on 21 approvers")
  void case3() {
    StringBuilder many = new StringBuilder("approvers: [");
    for (int i = 1; i <= 21; i++) {
      many.append(i == 1 ? "" : ", ").append("user-").append(i);
    }
    String yaml =
        edit(
            MpaRulesFixture.MPA,
            "approvers: [user-1, user-2, user-3]",
            many.append("]").toString());
    assertThat(findings(yaml, ID))
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/central/multiPartyApproval/approvers",
                "names 21 approver(s); AWS requires 3 to 20"));
  }
}
