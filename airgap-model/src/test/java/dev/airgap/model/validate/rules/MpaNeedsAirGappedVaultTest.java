package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG2140 MpaNeedsAirGappedVault")
class MpaNeedsAirGappedVaultTest {
  private static final String ID = "AG2140";

  @Test
  @DisplayName("passes on a logically air-gapped vault")
  void case1() {
    assertThat(findings(MpaRulesFixture.MPA, ID)).isEmpty();
  }

  @Test
  @DisplayName("fails on a standard vault")
  void case2() {
    String yaml =
        replace(
            BASIC,
            "  alerts:\n    email: [security@example.com]\n",
            """
              alerts:
                email: [security@example.com]
              multiPartyApproval:
                account: "111111111111"
                identityCenterInstanceArn: arn:aws:sso:::instance/ssoins-1234567890abcdef
                identityCenterRegion: us-east-1
                approvers: [user-1, user-2, user-3]
                minApprovals: 2
            """);
    assertThat(findings(yaml, ID))
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/central/multiPartyApproval",
                "is set for a standard vault, which takes no approval team (account 111111111111)"));
  }
}
