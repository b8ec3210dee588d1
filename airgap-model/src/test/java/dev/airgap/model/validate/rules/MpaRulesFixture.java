package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.AIR_GAPPED;
import static dev.airgap.model.validate.TestModels.replace;

/** The air-gapped test model with a 2-of-3 approval team in the management account. */
final class MpaRulesFixture {
  private MpaRulesFixture() {}

  static final String MPA =
      replace(
          AIR_GAPPED,
          "  recoveryAccounts: [\"444444444444\"]\n",
          """
            recoveryAccounts: ["444444444444"]
            multiPartyApproval:
              account: "111111111111"
              identityCenterInstanceArn: arn:aws:sso:::instance/ssoins-1234567890abcdef
              identityCenterRegion: us-east-1
              approvers: [user-1, user-2, user-3]
              minApprovals: 2
          """);
}
