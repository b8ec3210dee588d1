package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.airgap.model.validate.Finding;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG1023 ExcludedAccountsStillGetBackupPolicies")
class ExcludedAccountsStillGetBackupPoliciesTest {
  private static final String ID = "AG1023";

  @Test
  @DisplayName("passes when nothing is excluded")
  void case1() {
    assertThat(findings(BASIC, ID)).isEmpty();
  }

  @Test
  @DisplayName("warns once, at the list, naming the accounts, the OUs and the plans that will fail")
  void case2() {
    String yaml =
        edit(
            BASIC,
            "    organizationalUnits: [ou-ab12-workload1]\n",
            "    organizationalUnits: [ou-ab12-workload1]\n"
                + "    excludeAccounts: [\"555555555555\", \"666666666666\"]\n");
    List<Finding> findings = findings(yaml, ID);
    assertThat(findings).hasSize(1);
    Finding f = findings.get(0);
    assertThat(f.pointer()).isEqualTo("/members/targets/excludeAccounts");
    assertThat(f.isError()).isFalse();
    assertThat(f.message())
        .isEqualTo(
            "2 accounts 555555555555, 666666666666 get no member vault or backup role, but still"
                + " receive the backup policies attached to ou-ab12-workload1: AWS Backup creates"
                + " the plans daily-eu-west-1 there and each scheduled job fails; @@none on every"
                + " plan keeps an account policy from removing them");
    assertThat(f.location().line()).isEqualTo(23);
  }

  @Test
  @DisplayName("thousands of excluded accounts still give one finding with a short message")
  void case3() {
    StringBuilder list = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      list.append(i == 0 ? "" : ", ").append('"').append(300_000_000_000L + i).append('"');
    }
    String yaml =
        edit(
            BASIC,
            "    organizationalUnits: [ou-ab12-workload1]\n",
            "    organizationalUnits: [ou-ab12-workload1]\n    excludeAccounts: [" + list + "]\n");
    List<Finding> findings = findings(yaml, ID);
    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).message())
        .startsWith(
            "5000 accounts 300000000000, 300000000001, 300000000002 and 4997 more get no member")
        .hasSizeLessThan(400);
  }
}
