package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.airgap.model.validate.Finding;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG1022 DirectMemberAccountsUnsupported")
class DirectMemberAccountsUnsupportedTest {
  private static final String ID = "AG1022";

  @Test
  @DisplayName("passes on the valid basic model (OUs only)")
  void case1() {
    assertThat(findings(BASIC, ID)).isEmpty();
  }

  @Test
  @DisplayName("refuses each account listed directly, located at its entry")
  void case2() {
    String yaml =
        edit(
            BASIC,
            "    organizationalUnits: [ou-ab12-workload1]\n",
            "    organizationalUnits: [ou-ab12-workload1]\n"
                + "    accounts: [\"333333333333\", \"444444444444\"]\n");
    List<Finding> findings = findings(yaml, ID);
    assertThat(findings)
        .extracting(Finding::pointer)
        .containsExactly("/members/targets/accounts/0", "/members/targets/accounts/1");
    assertThat(findings.get(1).isError()).isTrue();
    assertThat(findings.get(1).message()).startsWith("account 444444444444 is listed directly");
    assertThat(findings.get(1).location().line()).isEqualTo(23);
  }

  @Test
  @DisplayName("SCP targets may list accounts: the SCP is attached to them directly")
  void case3() {
    String yaml =
        edit(
            BASIC,
            "  regions: [eu-west-1]\n\nplans:",
            "  regions: [eu-west-1]\n\nprotection:\n  scp:\n    targets:\n"
                + "      accounts: [\"333333333333\"]\n\nplans:");
    assertThat(findings(yaml, ID)).isEmpty();
  }
}
