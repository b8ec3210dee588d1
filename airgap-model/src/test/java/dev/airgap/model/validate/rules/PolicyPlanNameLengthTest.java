package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG4018 PolicyPlanNameLength")
class PolicyPlanNameLengthTest {
  private static final String ID = "AG4018";

  private static String named(String name) {
    return edit(BASIC, "  daily:\n", "  " + name + ":\n");
  }

  @Test
  @DisplayName("boundary: <plan>-eu-west-1 of exactly 50 characters passes")
  void case1() {
    assertThat(findings(named("p".repeat(40)), ID)).isEmpty();
  }

  @Test
  @DisplayName("51 characters fail, located at the plan, with the length that fits")
  void case2() {
    String name = "p".repeat(41);
    assertThat(findings(named(name), ID))
        .extracting(Finding::pointer, Finding::message, Finding::hint)
        .containsExactly(
            tuple(
                "/plans/" + name,
                "backup plan name '" + name + "-eu-west-1' is 51 characters; AWS Backup allows 50",
                "shorten the plan name to at most 40 characters"));
  }

  @Test
  @DisplayName("the longest member region decides")
  void case3() {
    String yaml =
        edit(
            named("p".repeat(40)),
            "    organizationalUnits: [ou-ab12-workload1]\n  regions: [eu-west-1]\n",
            "    organizationalUnits: [ou-ab12-workload1]\n  regions: [eu-west-1, ap-southeast-2]\n");
    assertThat(findings(yaml, ID))
        .extracting(Finding::message)
        .containsExactly(
            "backup plan name '"
                + "p".repeat(40)
                + "-ap-southeast-2' is 55 characters; AWS Backup"
                + " allows 50");
  }
}
