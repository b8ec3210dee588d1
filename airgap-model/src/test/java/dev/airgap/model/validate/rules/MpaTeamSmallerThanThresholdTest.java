package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG2141 MpaTeamSmallerThanThreshold")
class MpaTeamSmallerThanThresholdTest {
  private static final String ID = "AG2141";

  @Test
  @DisplayName("passes on a 2-of-3 team, and the whole model is clean")
  void case1() {
    assertThat(findings(MpaRulesFixture.MPA, ID)).isEmpty();
    assertClean(MpaRulesFixture.MPA);
  }

  @Test
  @DisplayName("boundary: a threshold equal to the team size passes")
  void case2() {
    String yaml = edit(MpaRulesFixture.MPA, "minApprovals: 2", "minApprovals: 3");
    assertThat(findings(yaml, ID)).isEmpty();
  }

  @Test
  @DisplayName("fails, located at minApprovals, when the team is smaller than its threshold")
  void case3() {
    String yaml = edit(MpaRulesFixture.MPA, "minApprovals: 2", "minApprovals: 4");
    List<Finding> findings = findings(yaml, ID);
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/central/multiPartyApproval/minApprovals",
                "needs 4 approvals but the team has only 3 approver(s): no request could ever be approved"));
    int line = List.of(yaml.split("\n")).indexOf("    minApprovals: 4") + 1;
    assertThat(findings.get(0).location().line())
        .as("located at the minApprovals line")
        .isEqualTo(line);
    assertThat(findings.get(0).isError()).isTrue();
  }
}
